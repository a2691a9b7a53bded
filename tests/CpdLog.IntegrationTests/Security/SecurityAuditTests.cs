namespace CpdLog.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Json;
using CpdLog.Data.Security;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>Security events are recorded, readable and exportable by Admins only, and cannot be changed or removed.</summary>
public sealed class SecurityAuditTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public async Task SignInsFailuresAndLockouts_AreRecorded_AndAdminsExportThem()
    {
        const string email = "audited@example.nhs.uk";
        await factory.CreateApiClientAsync(email);
        var anonymous = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Wrong-Password-" + i });
        }

        await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "ghost@example.nhs.uk", password = "Wrong-Password-1" });

        var kinds = await factory.WithDbAsync(db => db.SecurityEvents.Where(e => e.Email == email).Select(e => e.Kind).ToListAsync());
        Assert.Contains(SecurityEventKind.SignedIn, kinds);
        Assert.Equal(4, kinds.Count(k => k == SecurityEventKind.SignInFailed));
        Assert.Contains(SecurityEventKind.LockedOut, kinds);
        Assert.True(await factory.WithDbAsync(db => db.SecurityEvents.AnyAsync(e => e.Email == "ghost@example.nhs.uk" && e.UserId == null)));

        var admin = await factory.CreateSignedInFormClientAsync("security-admin@example.nhs.uk", "Admin");
        var page = await admin.GetPageAsync("/Admin/Security");
        Assert.Contains(">Locked out<", page); // issue 8 part 4: the event kind in words (was the enum name "LockedOut")
        Assert.DoesNotContain("LockedOut", page);
        var csv = await admin.GetAsync("/Admin/Security?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("At (UTC),Event", lines[0].TrimStart('\uFEFF'));
        Assert.Contains(lines, l => l.Contains("\"LockedOut\"", StringComparison.Ordinal) && l.Contains(email, StringComparison.Ordinal));

        var manager = await factory.CreateSignedInFormClientAsync("not-admin@example.nhs.uk");
        Assert.NotEqual(HttpStatusCode.OK, (await manager.GetAsync("/Admin/Security?handler=Csv")).StatusCode);
    }

    [Fact]
    public async Task SecurityEvents_CannotBeChangedOrDeleted()
    {
        await factory.CreateApiClientAsync("append-only@example.nhs.uk");

        var change = await Record.ExceptionAsync(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.SecurityEvents.FirstAsync();
            entry.Detail = "rewritten";
            return await db.SaveChangesAsync();
        }));
        var delete = await Record.ExceptionAsync(() => factory.WithDbAsync(async db =>
        {
            db.SecurityEvents.Remove(await db.SecurityEvents.FirstAsync());
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("append-only", Assert.IsType<InvalidOperationException>(change).Message);
        Assert.Contains("append-only", Assert.IsType<InvalidOperationException>(delete).Message);
    }
}
