namespace CpdLog.IntegrationTests.Leaving;

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CpdLog.Data;
using CpdLog.Data.Security;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.IntegrationTests.Records;
using CpdLog.Web.Features.Leaving;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Leavers (docs/security.md): HR records the leaving date; the leaver's CPD record is erased on their request or
/// <c>Retention:LeaverCpdErasureDays</c> (90) days later, by the job; the funding records and audit stay, and nobody
/// else's data is touched. Each erasure is in the security audit.
/// </summary>
public sealed class LeaverErasureTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private sealed record Person(HttpClient Api, string Id, LeavingSeed.Agreement Agreement, Guid ActivityId);

    private async Task<Person> PersonWithRecordsAsync(string prefix)
    {
        var email = $"{prefix}-manager@example.nhs.uk";
        var api = await factory.CreateApiClientAsync(email);
        await factory.CreateApiClientAsync($"{prefix}-lm@example.nhs.uk");
        await factory.CreateApiClientAsync($"{prefix}-bh@example.nhs.uk");
        var id = await factory.UserIdAsync(email);
        var agreement = await LeavingSeed.CompletedAgreementAsync(factory, id,
            await factory.UserIdAsync($"{prefix}-lm@example.nhs.uk"), await factory.UserIdAsync($"{prefix}-bh@example.nhs.uk"), "ILM Level 5 funding");
        var activity = (await RecordSamples.CreateAsync(api, "activities", $"{prefix} workshop")).GetProperty("id").GetGuid();
        await RecordSamples.CreateAsync(api, "reflections", $"{prefix} reflection");
        await RecordSamples.CreateAsync(api, "qualifications", $"{prefix} ILM Level 5");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("certificate " + Guid.NewGuid()));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var upload = await api.PostAsync("/api/v1/evidence", new MultipartFormDataContent
        {
            { new StringContent("Activity"), "recordKind" },
            { new StringContent(activity.ToString()), "recordId" },
            { file, "file", "certificate.txt" },
        });
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        return new Person(api, id, agreement, activity);
    }

    private sealed record Counts(int Activities, int Reflections, int Qualifications, int Evidence, int Requests, int Acceptances, int Decisions, int FundingAudit);

    private Task<Counts> CountsAsync(Person p) => factory.WithDbAsync(async db => new Counts(
        await db.Activities.CountAsync(a => a.OwnerId == p.Id),
        await db.Reflections.CountAsync(a => a.OwnerId == p.Id),
        await db.Qualifications.CountAsync(a => a.OwnerId == p.Id),
        await db.EvidenceFiles.CountAsync(a => a.OwnerId == p.Id),
        await db.FundingRequests.CountAsync(r => r.RequesterId == p.Id),
        await db.AgreementAcceptances.CountAsync(a => a.FundingRequestId == p.Agreement.RequestId),
        await db.FundingDecisions.CountAsync(d => d.FundingRequestId == p.Agreement.RequestId),
        await db.FundingAudit.CountAsync(a => a.FundingRequestId == p.Agreement.RequestId)));

    private static void AssertErased(Counts before, Counts after)
    {
        Assert.True(before.Activities > 0 && before.Reflections > 0 && before.Qualifications > 0 && before.Evidence > 0);
        Assert.Equal((0, 0, 0, 0), (after.Activities, after.Reflections, after.Qualifications, after.Evidence));
        Assert.Equal((1, 1), (after.Requests, after.Acceptances));
        Assert.Equal((before.Decisions, before.FundingAudit), (after.Decisions, after.FundingAudit));
        Assert.True(after.Decisions >= 3 && after.FundingAudit >= 1);
    }

    private async Task<T> WithErasureAsync<T>(Func<LeaverErasure, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<LeaverErasure>());
    }

    [Fact]
    public async Task OnRequest_HrRecordsLeaving_LeaverErasesTheirRecord_FundingAndAuditStay_OthersUntouched()
    {
        var leaver = await PersonWithRecordsAsync("erase-request");
        var other = await PersonWithRecordsAsync("erase-bystander");
        var otherBefore = await CountsAsync(other);
        var before = await CountsAsync(leaver);
        var leaverPage = await factory.SignInFormClientAsync("erase-request-manager@example.nhs.uk");

        // Before HR records the leaving, there is nothing to erase from this page.
        var early = await leaverPage.PostFormAsync("/Leaving?handler=Erase", new() { ["Password"] = CpdLogAppFactory.Password }, "/Leaving");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("has not recorded that you left", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(leaver));

        var hr = await factory.CreateSignedInFormClientAsync("erase-hr@example.nhs.uk", Roles.Admin);
        var leftOn = TimeProvider.System.UkToday().AddDays(-1);
        var statement = $"/FundingAdmin/Leavers?UserId={leaver.Id}&LeavingDate={leftOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var recorded = await hr.PostFormAsync("/FundingAdmin/Leavers?handler=RecordLeaving",
            new() { ["UserId"] = leaver.Id, ["LeavingDate"] = leftOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, statement);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains($"Recorded as leaving on {leftOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}", await hr.GetPageAsync(statement), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AdminAudit.AnyAsync(a => a.Kind == "LeavingRecorded" && a.Subject == leaver.Id)));

        var page = await leaverPage.GetPageAsync("/Leaving");
        Assert.Contains("Your employer recorded that you left on", page, StringComparison.Ordinal);
        Assert.Contains($"erased on {leftOn.AddDays(90).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}", page, StringComparison.Ordinal);

        var wrong = await leaverPage.PostFormAsync("/Leaving?handler=Erase", new() { ["Password"] = "not-my-password" }, "/Leaving");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Enter your password correctly to confirm", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(leaver));

        var erased = await leaverPage.PostFormAsync("/Leaving?handler=Erase", new() { ["Password"] = CpdLogAppFactory.Password }, "/Leaving");
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Equal("/Identity/Account/AccountClosed", erased.Headers.Location!.OriginalString);

        AssertErased(before, await CountsAsync(leaver));
        Assert.Equal(otherBefore, await CountsAsync(other));
        var events = await factory.WithDbAsync(db => db.SecurityEvents.Where(e => e.UserId == leaver.Id && e.Kind == SecurityEventKind.LeaverRecordErased).Select(e => e.Detail).ToListAsync());
        Assert.Contains("on the leaver's request", Assert.Single(events), StringComparison.Ordinal);

        // Erased once: the date can no longer change, and a second erasure does nothing.
        var again = await hr.PostFormAsync("/FundingAdmin/Leavers?handler=RecordLeaving", new() { ["UserId"] = leaver.Id, ["withdraw"] = "true" }, statement);
        Assert.Contains("already been erased", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await WithErasureAsync(e => e.EraseAsync(leaver.Id, "again", CancellationToken.None)));
    }

    [Fact]
    public async Task AfterTheRetentionPeriod_TheJobErasesTheLeaver_NotBefore_AndNotThoseStillEmployedOrLeftLater()
    {
        var leaver = await PersonWithRecordsAsync("erase-period");
        var later = await PersonWithRecordsAsync("erase-later");
        var staying = await PersonWithRecordsAsync("erase-staying");
        var today = TimeProvider.System.UkToday();
        Assert.Empty(await WithErasureAsync(e => e.RecordLeavingAsync(leaver.Id, leaver.Id, today.AddDays(-10), CancellationToken.None)));
        Assert.Empty(await WithErasureAsync(e => e.RecordLeavingAsync(leaver.Id, later.Id, today.AddDays(20), CancellationToken.None)));
        var before = (Leaver: await CountsAsync(leaver), Later: await CountsAsync(later), Staying: await CountsAsync(staying));

        Assert.Equal(0, await WithErasureAsync(e => e.EraseDueAsync(CancellationToken.None)));
        Assert.Equal(before.Leaver, await CountsAsync(leaver));

        var now = DateTimeOffset.UtcNow;
        try
        {
            factory.Now = now.AddDays(79); // day 89 after leaving: not yet
            Assert.Equal(0, await WithErasureAsync(e => e.EraseDueAsync(CancellationToken.None)));
            Assert.Equal(before.Leaver, await CountsAsync(leaver));

            factory.Now = now.AddDays(81); // day 91
            Assert.Equal(1, await WithErasureAsync(e => e.EraseDueAsync(CancellationToken.None)));
            Assert.Equal(0, await WithErasureAsync(e => e.EraseDueAsync(CancellationToken.None)));
        }
        finally
        {
            factory.Now = null;
        }

        AssertErased(before.Leaver, await CountsAsync(leaver));
        Assert.Equal(before.Later, await CountsAsync(later));
        Assert.Equal(before.Staying, await CountsAsync(staying));
        var detail = await factory.WithDbAsync(db => db.SecurityEvents.Where(e => e.UserId == leaver.Id && e.Kind == SecurityEventKind.LeaverRecordErased).Select(e => e.Detail).SingleAsync());
        Assert.Contains("automatically, 90 days after leaving", detail, StringComparison.Ordinal);
        var account = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == leaver.Id));
        Assert.True(account.IsDisabled);
        Assert.NotNull(account.LeaverRecordErasedAt);
    }
}
