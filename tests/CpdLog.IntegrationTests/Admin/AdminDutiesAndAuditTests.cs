namespace CpdLog.IntegrationTests.Admin;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.Core.Administration;
using CpdLog.Data;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Records.PageHelpers;

/// <summary>Separation of duties for admins, cost centres held by budget holders, and the append-only admin audit.</summary>
public sealed class AdminDutiesAndAuditTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private static async Task<string> FieldAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()).Name;
    }

    [Fact]
    public async Task LineManager_MustHoldTheRole_AndAnAdminCannotMakeThemselvesOne_ApiAndPage()
    {
        var admin = await factory.CreateApiClientAsync("duty-admin@example.nhs.uk", Roles.Admin);
        var adminPages = await factory.SignInFormClientAsync("duty-admin@example.nhs.uk");
        await factory.CreateApiClientAsync("duty-staff@example.nhs.uk");
        await factory.CreateApiClientAsync("duty-peer@example.nhs.uk");
        await factory.CreateApiClientAsync("duty-boss@example.nhs.uk", Roles.LineManager);
        var staff = await factory.UserIdAsync("duty-staff@example.nhs.uk");
        var peer = await factory.UserIdAsync("duty-peer@example.nhs.uk");
        var boss = await factory.UserIdAsync("duty-boss@example.nhs.uk");
        var self = await factory.UserIdAsync("duty-admin@example.nhs.uk");

        Assert.Equal("lineManagerId", await FieldAsync(await admin.PutAsJsonAsync($"/api/v1/admin/users/{staff}", new { lineManagerId = peer })));
        Assert.Equal("lineManagerId", await FieldAsync(await admin.PutAsJsonAsync($"/api/v1/admin/users/{staff}", new { lineManagerId = self })));
        var page = Decode(await (await adminPages.SubmitFormAsync($"/Admin/Users/Edit/{staff}", new() { ["Input.LineManagerId"] = peer })).Content.ReadAsStringAsync());
        Assert.Contains("Choose someone with the line manager role", page);
        Assert.DoesNotContain($"value=\"{peer}\"", await adminPages.GetPageAsync($"/Admin/Users/Edit/{staff}"));
        Assert.Null(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == staff).Select(u => u.LineManagerId).SingleAsync()));

        (await admin.PutAsJsonAsync($"/api/v1/admin/users/{staff}", new { lineManagerId = boss })).EnsureSuccessStatusCode();
        // The boss still manages someone: the line manager role stays until their reports have another line manager.
        Assert.Equal("roles", await FieldAsync(await admin.PutAsJsonAsync($"/api/v1/admin/users/{boss}", new { roles = new[] { "Manager" } })));
    }

    [Fact]
    public async Task Admin_CannotChangeOwnRolesOrCostCentres_ApiAndPage()
    {
        var admin = await factory.CreateApiClientAsync("own-admin@example.nhs.uk", Roles.Admin);
        var adminPages = await factory.SignInFormClientAsync("own-admin@example.nhs.uk");
        var self = await factory.UserIdAsync("own-admin@example.nhs.uk");

        Assert.Equal("roles", await FieldAsync(await admin.PutAsJsonAsync($"/api/v1/admin/users/{self}", new { roles = new[] { "Manager", "Admin", "BudgetHolder" } })));
        Assert.Equal("roles", await FieldAsync(await admin.PutAsJsonAsync($"/api/v1/admin/users/{self}", new { roles = new[] { "Manager", "Admin", "LineManager" } })));
        Assert.Equal("costCentre", await FieldAsync(await admin.PutAsJsonAsync($"/api/v1/admin/users/{self}", new { costCentre = "FIN-1" })));
        Assert.Equal("userId", await FieldAsync(await admin.PostAsJsonAsync("/api/v1/admin/cost-centre-holders", new { userId = self, costCentre = "FIN-1" })));
        var page = Decode(await (await adminPages.SubmitFormAsync($"/Admin/Users/Edit/{self}", new() { ["Input.Roles"] = "BudgetHolder" })).Content.ReadAsStringAsync());
        Assert.Contains("You cannot change your own roles", page);
        var holdPage = Decode(await (await adminPages.PostFormAsync("/Admin/CostCentres", new() { ["Input.UserId"] = self, ["Input.CostCentre"] = "FIN-1" })).Content.ReadAsStringAsync());
        Assert.Contains("You cannot assign a cost centre to yourself", holdPage);

        var roles = await factory.WithDbAsync(db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == self select r.Name).ToListAsync());
        Assert.DoesNotContain(Roles.BudgetHolder, roles);
        Assert.False(await factory.WithDbAsync(db => db.CostCentreHolders.AnyAsync(h => h.UserId == self)));

        // Changing your own name is still fine (roles posted unchanged).
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/admin/users/{self}", new { displayName = "Own Admin", roles = new[] { "Manager", "Admin" } })).StatusCode);
    }

    [Fact]
    public async Task CostCentres_AreHeldOnlyByBudgetHolders_AndEveryAdminActIsAudited_ShownAndExported()
    {
        var admin = await factory.CreateApiClientAsync("audit-admin@example.nhs.uk", Roles.Admin);
        var adminPages = await factory.SignInFormClientAsync("audit-admin@example.nhs.uk");
        await factory.CreateApiClientAsync("audit-holder@example.nhs.uk");
        await factory.CreateApiClientAsync("audit-lm@example.nhs.uk", Roles.LineManager);
        var holder = await factory.UserIdAsync("audit-holder@example.nhs.uk");
        var lm = await factory.UserIdAsync("audit-lm@example.nhs.uk");

        Assert.Equal("userId", await FieldAsync(await admin.PostAsJsonAsync("/api/v1/admin/cost-centre-holders", new { userId = holder, costCentre = "AUD-1" })));
        (await admin.PutAsJsonAsync($"/api/v1/admin/users/{holder}", new { roles = new[] { "Manager", "BudgetHolder" }, lineManagerId = lm, costCentre = "AUD-1", fte = 0.8m })).EnsureSuccessStatusCode();
        var held = await admin.PostAsJsonAsync("/api/v1/admin/cost-centre-holders", new { userId = holder, costCentre = "aud-1" });
        Assert.Equal(HttpStatusCode.Created, held.StatusCode);
        Assert.Equal("AUD-1", (await held.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("costCentre").GetString());
        Assert.Equal("costCentre", await FieldAsync(await admin.PostAsJsonAsync("/api/v1/admin/cost-centre-holders", new { userId = holder, costCentre = "AUD-1" })));
        var page = await adminPages.PostFormAsync("/Admin/CostCentres", new() { ["Input.UserId"] = holder, ["Input.CostCentre"] = "AUD-2" });
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("AUD-2", await adminPages.GetPageAsync("/Admin/CostCentres"));
        (await admin.PutAsJsonAsync($"/api/v1/admin/users/{holder}", new { isDisabled = true })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/v1/admin/users/{holder}", new { isDisabled = false })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync("/api/v1/budgets", new { costCentre = "AUD-1", financialYear = "2026/27", allocated = 1234.5m, reason = "Start" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/v1/admin/bodies", new { code = "AUDB", name = "Audit body", requiredHours = 10 })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/v1/agreements/templates", new
        {
            name = "Audit agreement", minFees = 500m, minCredits = 0, scheduleKind = "Tiered", tiers = "12:100", linearMonths = 0,
            triggers = "Resignation", waivers = "Redundancy", terms = "Repay.",
        })).EnsureSuccessStatusCode();

        // Removing the budget holder role releases their cost centres, and that is audited too.
        (await admin.PutAsJsonAsync($"/api/v1/admin/users/{holder}", new { roles = new[] { "Manager" } })).EnsureSuccessStatusCode();
        Assert.False(await factory.WithDbAsync(db => db.CostCentreHolders.AnyAsync(h => h.UserId == holder)));

        var entries = (await (await admin.GetAsync("/api/v1/admin/audit")).Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Where(e => e.GetProperty("actor").GetString() == "audit-admin@example.nhs.uk").ToList();
        string[] Kinds(string kind) => [.. entries.Where(e => e.GetProperty("kind").GetString() == kind).Select(e => $"{e.GetProperty("before").GetString()} → {e.GetProperty("after").GetString()}")];
        Assert.Contains("Manager → Manager, BudgetHolder", Kinds("RolesChanged"));
        Assert.Contains("Manager, BudgetHolder → Manager", Kinds("RolesChanged"));
        Assert.Contains("none → audit-lm@example.nhs.uk", Kinds("LineManagerChanged"));
        Assert.Contains("none → AUD-1", Kinds("CostCentreChanged"));
        Assert.Contains("none → AUD-1", Kinds("CostCentreHeld"));
        Assert.Contains("AUD-1 → AUD-1, AUD-2", Kinds("CostCentreHeld"));
        Assert.Contains("AUD-1, AUD-2 → AUD-2", Kinds("CostCentreReleased"));
        Assert.Contains("enabled → disabled", Kinds("AccountDisabled"));
        Assert.Contains("disabled → enabled", Kinds("AccountDisabled"));
        Assert.Contains("none → £1,234.50. Start", Kinds("BudgetAllocated"));
        Assert.Single(Kinds("CustomBodyCreated"));
        Assert.Single(Kinds("AgreementTemplateSaved"));
        Assert.All(entries, e => Assert.NotEqual(default, e.GetProperty("at").GetDateTimeOffset()));

        var shown = Decode(await adminPages.GetPageAsync("/Admin/Audit"));
        Assert.Contains("audit-holder@example.nhs.uk", shown);
        Assert.Contains("AUD-1, AUD-2", shown);
        var csv = await adminPages.Http.GetStringAsync("/Admin/Audit?handler=Csv");
        Assert.StartsWith("\uFEFFAt (UTC),Actor,Kind,Subject,Before,After", csv);
        Assert.Contains("CostCentreReleased", csv);
        Assert.Contains("audit-admin@example.nhs.uk,RolesChanged,audit-holder@example.nhs.uk", csv);
        Assert.Contains("AgreementTemplateSaved", await admin.GetStringAsync("/api/v1/admin/audit?format=csv"));

        // Non-admins cannot read it.
        var lmClient = await factory.CreateApiClientAsync("audit-nosy@example.nhs.uk", Roles.LineManager, Roles.BudgetHolder);
        Assert.Equal(HttpStatusCode.Forbidden, (await lmClient.GetAsync("/api/v1/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task AdminAudit_IsAppendOnly()
    {
        var id = await factory.WithDbAsync(async db =>
        {
            var entry = new AdminAuditEntry { At = DateTimeOffset.UtcNow, ActorId = "a", Kind = "RolesChanged", Subject = "s", Before = "Manager", After = "Admin" };
            db.AdminAudit.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            (await db.AdminAudit.SingleAsync(e => e.Id == id)).After = "Manager";
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            db.AdminAudit.Remove(await db.AdminAudit.SingleAsync(e => e.Id == id));
            return await db.SaveChangesAsync();
        }));
        Assert.Equal("Admin", await factory.WithDbAsync(db => db.AdminAudit.Where(e => e.Id == id).Select(e => e.After).SingleAsync()));
    }
}
