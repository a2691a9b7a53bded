namespace CpdLog.IntegrationTests.Admin;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.Core.Records;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

public sealed class AdminTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Theory]
    [InlineData("/Admin")]
    [InlineData("/Admin/Users/Create")]
    [InlineData("/Admin/Bodies")]
    [InlineData("/Admin/Bodies/Add")]
    public async Task NonAdmin_AdminPages_Forbidden(string url)
    {
        var client = await factory.CreateSignedInFormClientAsync($"not-admin-{Guid.NewGuid():N}@example.nhs.uk", "LineManager", "BudgetHolder");

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/AccessDenied", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task NonAdmin_AdminApi_Returns403()
    {
        var client = await factory.CreateApiClientAsync("api-not-admin@example.nhs.uk", "LineManager");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/admin/users",
            new { displayName = "X", email = "x@example.nhs.uk", password = CpdLogAppFactory.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/v1/admin/users/anything", new { roles = new[] { "Admin" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/bodies")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/admin/bodies", new { code = "X-A", name = "A" })).StatusCode);
    }

    [Fact]
    public async Task Admin_CreatesUserWithoutAPassword_AndSetsRolesAndLineManager()
    {
        var admin = await factory.CreateApiClientAsync("api-admin@example.nhs.uk", "Admin");

        var created = await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            displayName = "Dafydd Jones",
            email = "dafydd@example.nhs.uk",
            jobTitle = "Ward Manager",
        });
        var boss = await admin.PostAsJsonAsync("/api/v1/admin/users", new { displayName = "Bethan Boss", email = "bethan@example.nhs.uk", roles = new[] { "LineManager" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = await created.Content.ReadFromJsonAsync<JsonElement>();
        var bossId = (await boss.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(["Manager"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());

        var update = await admin.PutAsJsonAsync($"/api/v1/admin/users/{user.GetProperty("id").GetString()}", new
        {
            roles = new[] { "Manager", "lineManager" },
            lineManagerId = bossId,
            costCentre = "WARD-7",
            fte = 0.8m,
        });

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var updated = await update.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Manager", "LineManager"], updated.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal(bossId, updated.GetProperty("lineManagerId").GetString());
        Assert.Equal("Bethan Boss", updated.GetProperty("lineManagerName").GetString());
        Assert.Equal("WARD-7", updated.GetProperty("costCentre").GetString());
        Assert.Equal(0.8m, updated.GetProperty("fte").GetDecimal());

        // No temporary password: the person sets their own from an e-mailed link (Identity/AccountEmailTests).
        Assert.Null(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.Users.Where(u => u.Email == "dafydd@example.nhs.uk").Select(u => u.PasswordHash))));
    }

    [Fact]
    public async Task Admin_CreateUser_Invalid_ReturnsFieldErrors()
    {
        var admin = await factory.CreateApiClientAsync("api-admin-invalid@example.nhs.uk", "Admin");

        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new { displayName = "", email = "not-an-email", roles = new[] { "Emperor" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("displayName", out _));
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("roles", out _));
    }

    [Fact]
    public async Task LineManager_SelfOrCycle_IsRefused()
    {
        var admin = await factory.CreateApiClientAsync("cycle-admin@example.nhs.uk", "Admin");
        await factory.CreateApiClientAsync("cycle-a@example.nhs.uk", "LineManager");
        await factory.CreateApiClientAsync("cycle-b@example.nhs.uk", "LineManager");
        await factory.CreateApiClientAsync("cycle-c@example.nhs.uk", "LineManager");
        var a = await factory.UserIdAsync("cycle-a@example.nhs.uk");
        var b = await factory.UserIdAsync("cycle-b@example.nhs.uk");
        var c = await factory.UserIdAsync("cycle-c@example.nhs.uk");

        // a reports to b, b reports to c.
        (await admin.PutAsJsonAsync($"/api/v1/admin/users/{a}", new { lineManagerId = b })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/v1/admin/users/{b}", new { lineManagerId = c })).EnsureSuccessStatusCode();

        var self = await admin.PutAsJsonAsync($"/api/v1/admin/users/{a}", new { lineManagerId = a });
        var loop = await admin.PutAsJsonAsync($"/api/v1/admin/users/{c}", new { lineManagerId = a });
        var unknown = await admin.PutAsJsonAsync($"/api/v1/admin/users/{c}", new { lineManagerId = "no-such-user" });

        foreach (var response in new[] { self, loop, unknown })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("lineManagerId", out _));
        }

        Assert.Null(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == c).Select(u => u.LineManagerId).SingleAsync()));
        var cleared = await admin.PutAsJsonAsync($"/api/v1/admin/users/{a}", new { lineManagerId = "" });
        Assert.Equal(JsonValueKind.Null, (await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lineManagerId").ValueKind);
    }

    [Fact]
    public async Task Admin_CannotRemoveOwnAdminRoleOrDisableSelf()
    {
        var admin = await factory.CreateApiClientAsync("self-admin@example.nhs.uk", "Admin");
        var id = await factory.UserIdAsync("self-admin@example.nhs.uk");

        var demote = await admin.PutAsJsonAsync($"/api/v1/admin/users/{id}", new { roles = new[] { "Manager" } });
        var disable = await admin.PutAsJsonAsync($"/api/v1/admin/users/{id}", new { isDisabled = true });

        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, disable.StatusCode);
    }

    [Fact]
    public async Task AdminPages_ListUsersAndLineManagerAssignment_ShowNoRecordContent()
    {
        var admin = await factory.CreateSignedInFormClientAsync("page-admin@example.nhs.uk", "Admin");
        await factory.CreateApiClientAsync("page-staff@example.nhs.uk");
        await factory.CreateApiClientAsync("page-boss@example.nhs.uk", "LineManager");
        var staff = await factory.UserIdAsync("page-staff@example.nhs.uk");
        var boss = await factory.UserIdAsync("page-boss@example.nhs.uk");
        await factory.WithDbAsync(db =>
        {
            var day = new DateOnly(2026, 1, 1);
            db.Activities.Add(new CpdActivity { OwnerId = staff, Title = "Secret supervision notes", StartDate = day, EndDate = day, Hours = 1, IsPrivate = true });
            return db.SaveChangesAsync();
        });

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{staff}", new()
        {
            ["Input.DisplayName"] = "Page Staff",
            ["Input.JobTitle"] = "Analyst",
            ["Input.Roles"] = "Manager",
            ["Input.LineManagerId"] = boss,
            ["Input.CostCentre"] = "INF-200",
            ["Input.Fte"] = "0.6",
            ["Input.IsDisabled"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == staff));
        Assert.Equal(boss, saved.LineManagerId);
        Assert.Equal(0.6m, saved.Fte);
        Assert.Equal("INF-200", saved.CostCentre);
        var index = await admin.GetPageAsync("/Admin");
        Assert.Contains("Page Staff", index);
        Assert.Contains("INF-200", index);
        Assert.DoesNotContain("Secret supervision notes", index);
        Assert.DoesNotContain("Secret supervision notes", await admin.GetPageAsync($"/Admin/Users/Edit/{staff}"));
    }

    [Fact]
    public async Task AdminPages_LineManagerLoop_ShowsError()
    {
        var admin = await factory.CreateSignedInFormClientAsync("loop-page-admin@example.nhs.uk", "Admin");
        await factory.CreateApiClientAsync("loop-x@example.nhs.uk");
        var x = await factory.UserIdAsync("loop-x@example.nhs.uk");

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{x}", new()
        {
            ["Input.DisplayName"] = "Loop X",
            ["Input.Roles"] = "Manager",
            ["Input.LineManagerId"] = x,
            ["Input.Fte"] = "1",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cannot be their own line manager", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CustomBodies_AddThroughPage_ValidatesAndBumpsVersionOnEdit()
    {
        var admin = await factory.CreateSignedInFormClientAsync("bodies-admin@example.nhs.uk", "Admin");

        var clash = await admin.PostFormAsync("/Admin/Bodies/Add", new() { ["Input.Code"] = "NMC", ["Input.Name"] = "Clash", ["Input.CycleMonths"] = "12", ["Input.AnchorKind"] = "CycleStart" });
        Assert.Contains("is a built-in body", await clash.Content.ReadAsStringAsync());

        var added = await admin.PostFormAsync("/Admin/Bodies/Add", new()
        {
            ["Input.Code"] = "X-APM",
            ["Input.Name"] = "Association for Project Management",
            ["Input.CycleMonths"] = "12",
            ["Input.AnchorKind"] = "CycleStart",
            ["Input.RequiredHours"] = "35",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var body = await factory.WithDbAsync(db => db.CustomBodies.SingleAsync(b => b.Code == "X-APM"));

        var edited = await admin.PostFormAsync($"/Admin/Bodies/Edit/{body.Id}", new()
        {
            ["Input.Code"] = "X-APM",
            ["Input.Name"] = "Association for Project Management",
            ["Input.CycleMonths"] = "12",
            ["Input.AnchorKind"] = "CycleStart",
            ["Input.RequiredHours"] = "30",
        });

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var after = await factory.WithDbAsync(db => db.CustomBodies.SingleAsync(b => b.Id == body.Id));
        Assert.Equal(2, after.Version);
        Assert.Equal(30m, after.RequiredHours);
        Assert.Equal(TimeProvider.System.UkToday(), after.EffectiveFrom); // no date given: from today
        Assert.Equal(35m, Assert.Single(after.EarlierVersions).RequiredHours);
        Assert.Contains("custom-v2", await admin.GetPageAsync("/Admin/Bodies"));

        // The form offers the date (today by default) and lists the versions; an edit can apply from another date.
        var editPage = await admin.GetPageAsync($"/Admin/Bodies/Edit/{body.Id}");
        var today = TimeProvider.System.UkToday();
        foreach (var (box, value) in new[] { ("Day", today.Day), ("Month", today.Month), ("Year", today.Year) })
        {
            Assert.Contains($"name=\"Input.EffectiveFrom.{box}\" type=\"text\" inputmode=\"numeric\" value=\"{value}\"", editPage, StringComparison.Ordinal);
        }

        Assert.Contains("data-testid=\"versions\"", editPage);
        var dated = await admin.SubmitFormAsync($"/Admin/Bodies/Edit/{body.Id}", new() { ["Input.RequiredHours"] = "32", ["Input.EffectiveFrom"] = "2027-04-01" });
        Assert.Equal(HttpStatusCode.Redirect, dated.StatusCode);
        var third = await factory.WithDbAsync(db => db.CustomBodies.SingleAsync(b => b.Id == body.Id));
        Assert.Equal((3, 32m, new DateOnly(2027, 4, 1)), (third.Version, third.RequiredHours, third.EffectiveFrom));
        Assert.Contains("on or after 1 April 2027", await admin.GetPageAsync($"/Admin/Bodies/Edit/{body.Id}"));
    }

    [Fact]
    public async Task CustomBodies_Api_DuplicateCodeAndBadThresholds_AreProblemDetails()
    {
        var admin = await factory.CreateApiClientAsync("bodies-api-admin@example.nhs.uk", "Admin");
        (await admin.PostAsJsonAsync("/api/v1/admin/bodies", new { code = "X-DUP", name = "Dup" })).EnsureSuccessStatusCode();

        var duplicate = await admin.PostAsJsonAsync("/api/v1/admin/bodies", new { code = "x-dup", name = "Dup again" });
        var thresholds = await admin.PostAsJsonAsync("/api/v1/admin/bodies", new { code = "X-BAD", name = "Bad", requiredHours = 10, requiredParticipatoryHours = 20 });

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.True((await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _));
        Assert.Equal(HttpStatusCode.BadRequest, thresholds.StatusCode);
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/bodies");
        Assert.Single(list.EnumerateArray(), b => b.GetProperty("code").GetString() == "X-DUP");
    }
}
