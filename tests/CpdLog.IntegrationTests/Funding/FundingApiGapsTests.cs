namespace CpdLog.IntegrationTests.Funding;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CpdLog.Core.Funding;
using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Funding.FundingApi;

/// <summary>The capabilities that were pages-only, through /api/v1: team view, delegations, completion with a certificate, agreement timing.</summary>
public sealed class FundingApiGapsTests(FundingAppFactory factory) : IClassFixture<FundingAppFactory>
{
    private static readonly DateOnly Today = TimeProvider.System.UkToday();

    private static readonly string YearLabel = FinancialYear.Containing(Today.AddDays(30)).Label;

    private sealed record Team(HttpClient Manager, HttpClient LineManager, HttpClient BudgetHolder, HttpClient Admin, string Prefix);

    private static string Email(string prefix, string who) => $"{prefix}-{who}@example.nhs.uk";

    private async Task<Team> TeamAsync(string prefix)
    {
        var costCentre = ("CC-" + prefix).ToUpperInvariant();
        var lineManager = await factory.CreateApiClientAsync(Email(prefix, "lm"), Roles.LineManager);
        var budgetHolder = await factory.CreateApiClientAsync(Email(prefix, "bh"), Roles.BudgetHolder);
        var admin = await factory.CreateApiClientAsync(Email(prefix, "admin"), Roles.Admin);
        var manager = await factory.CreateApiClientAsync(Email(prefix, "manager"));
        await factory.SetPersonAsync(Email(prefix, "manager"), Email(prefix, "lm"), costCentre);
        await factory.SetPersonAsync(Email(prefix, "lm"), null, costCentre);
        await factory.SetPersonAsync(Email(prefix, "bh"), null, costCentre);
        await factory.HoldAsync(Email(prefix, "bh"), costCentre);
        (await budgetHolder.PutAsJsonAsync("/api/v1/budgets",
            new { costCentre, financialYear = YearLabel, allocated = 10_000m, reason = "Initial allocation" }, Json)).EnsureSuccessStatusCode();
        return new Team(manager, lineManager, budgetHolder, admin, prefix);
    }

    private async Task<HttpClient> OtherLineManagerAsync(string prefix, string who = "other-lm")
    {
        var client = await factory.CreateApiClientAsync(Email(prefix, who), Roles.LineManager);
        await factory.SetPersonAsync(Email(prefix, who), null);
        return client;
    }

    private Task MoveStudyAsync(Guid id, DateOnly start, DateOnly end) => factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
        "UPDATE \"FundingRequests\" SET \"StartDate\" = {0}, \"EndDate\" = {1} WHERE \"Id\" = {2}", start, end, id));

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.JsonAsync();
    }

    private static async Task<string> FieldErrorAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        return Assert.Single(problem.GetProperty("errors").EnumerateObject()).Name;
    }

    // ---- Team view ----

    [Fact]
    public async Task Team_ReturnsEachReportsMoneyLeaveAndRegistrationStatus_NeverRecordContent()
    {
        var team = await TeamAsync("gteam");
        var nmc = await (await team.Manager.PostAsJsonAsync("/api/v1/registrations",
            new { bodyCode = "NMC", registrationNumber = "12A3456E", anchorDate = MonthEnd(Today.AddDays(300)) }, Json)).JsonAsync();
        var compliance = await (await team.Manager.GetAsync($"/api/v1/registrations/{nmc.GetProperty("id").GetGuid()}/compliance")).JsonAsync();
        (await team.Manager.PostAsJsonAsync("/api/v1/reflections", new
        {
            title = "PRIVATE-TITLE difficult conversation",
            date = Today.AddDays(-3),
            nature = "PRIVATE-NATURE-TEXT about a colleague",
            learning = "PRIVATE-LEARNING-TEXT",
            changeInPractice = "PRIVATE-CHANGE-TEXT",
            codeRelevance = "Promote professionalism and trust.",
            codeThemes = new[] { "PromoteProfessionalismAndTrust" },
            isPrivate = true,
        }, Json)).EnsureSuccessStatusCode();
        var id = await CreateSubmittedAsync(team.Manager, "PRIVATE-COURSE Power Query", 150m);
        (await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json)).EnsureSuccessStatusCode();

        var response = await team.LineManager.GetAsync($"/api/v1/team?year={Uri.EscapeDataString(YearLabel)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("PRIVATE", raw);
        var body = await response.JsonAsync();
        var member = Assert.Single(body.EnumerateArray());
        Assert.Equal("gteam-manager", member.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal(await factory.UserIdAsync(Email("gteam", "manager")), member.GetProperty("person").GetProperty("id").GetString());
        Assert.Equal(YearLabel, member.GetProperty("financialYear").GetString());
        Assert.Equal(150m, member.GetProperty("committed").GetDecimal());
        Assert.Equal(0m, member.GetProperty("spent").GetDecimal());
        var leave = member.GetProperty("leave");
        Assert.True(leave.GetProperty("allowance").GetDecimal() > 0);
        Assert.Equal(7.5m, leave.GetProperty("booked").GetDecimal() + leave.GetProperty("taken").GetDecimal());
        var registration = Assert.Single(member.GetProperty("registrations").EnumerateArray());
        Assert.Equal("NMC", registration.GetProperty("bodyCode").GetString());
        // Issue 14: the team API uses the status scale: the same value as the owner's compliance API (nothing logged
        // with about 270 days left is "at-risk"; it was "not-met", meaning "not met yet").
        Assert.Equal("at-risk", registration.GetProperty("status").GetString());
        Assert.Equal(compliance.GetProperty("status").GetString(), registration.GetProperty("status").GetString());
        Assert.Equal(compliance.GetProperty("deadline").GetString(), registration.GetProperty("deadline").GetString());
        Assert.Equal(["person", "financialYear", "committed", "spent", "leave", "registrations"], member.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["bodyCode", "status", "deadline"], registration.EnumerateObject().Select(p => p.Name));

        var badYear = await team.LineManager.GetAsync("/api/v1/team?year=next-year");
        Assert.Equal("year", await FieldErrorAsync(badYear));
    }

    [Fact]
    public async Task Team_NonManagerGets403_AndAnotherManagersTeamIsNotVisible()
    {
        var team = await TeamAsync("gteam2");
        var other = await OtherLineManagerAsync("gteam2");

        await ProblemAsync(await team.Manager.GetAsync("/api/v1/team"), HttpStatusCode.Forbidden);
        Assert.Empty((await (await other.GetAsync("/api/v1/team")).JsonAsync()).EnumerateArray());
        Assert.Single((await (await team.LineManager.GetAsync("/api/v1/team")).JsonAsync()).EnumerateArray());
    }

    // ---- Delegations ----

    [Fact]
    public async Task Delegations_CreateListDelete_EachValidationErrorIsAProblemWithItsField()
    {
        var team = await TeamAsync("gdel");
        var deputy = await OtherLineManagerAsync("gdel", "deputy");
        var stranger = await OtherLineManagerAsync("gdel", "stranger");
        var lmId = await factory.UserIdAsync(Email("gdel", "lm"));
        var deputyId = await factory.UserIdAsync(Email("gdel", "deputy"));
        var managerId = await factory.UserIdAsync(Email("gdel", "manager"));

        Task<HttpResponseMessage> Create(object body) => team.LineManager.PostAsJsonAsync("/api/v1/delegations", body, Json);

        Assert.Equal("delegateId", await FieldErrorAsync(await Create(new { delegateId = lmId, from = Today, to = Today.AddDays(3) })));
        Assert.Equal("delegateId", await FieldErrorAsync(await Create(new { delegateId = managerId, from = Today, to = Today.AddDays(3) })));
        Assert.Equal("delegateId", await FieldErrorAsync(await Create(new { from = Today, to = Today.AddDays(3) })));
        Assert.Equal("from", await FieldErrorAsync(await Create(new { delegateId = deputyId, to = Today.AddDays(3) })));
        Assert.Equal("to", await FieldErrorAsync(await Create(new { delegateId = deputyId, from = Today })));
        Assert.Equal("to", await FieldErrorAsync(await Create(new { delegateId = deputyId, from = Today.AddDays(3), to = Today.AddDays(2) })));
        Assert.Equal("to", await FieldErrorAsync(await Create(new { delegateId = deputyId, from = Today.AddDays(-9), to = Today.AddDays(-2) })));

        var created = await Create(new { delegateId = deputyId, from = Today, to = Today.AddDays(7) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var delegation = await created.JsonAsync();
        var id = delegation.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/delegations/{id}", created.Headers.Location?.OriginalString);
        Assert.True(delegation.GetProperty("activeToday").GetBoolean());
        Assert.Equal("gdel-deputy", delegation.GetProperty("delegate").GetProperty("name").GetString());

        var overlap = await Create(new { delegateId = deputyId, from = Today.AddDays(7), to = Today.AddDays(9) });
        Assert.Equal("from", await FieldErrorAsync(overlap));
        Assert.Equal(HttpStatusCode.Created, (await Create(new { delegateId = deputyId, from = Today.AddDays(8), to = Today.AddDays(9) })).StatusCode);

        var mine = (await (await team.LineManager.GetAsync("/api/v1/delegations")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, d => Assert.Equal("lineManager", d.GetProperty("role").GetString()));
        var asDelegate = (await (await deputy.GetAsync("/api/v1/delegations")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, asDelegate.Count);
        Assert.All(asDelegate, d => Assert.Equal("delegate", d.GetProperty("role").GetString()));
        Assert.Empty((await (await stranger.GetAsync("/api/v1/delegations")).JsonAsync()).EnumerateArray());
        await ProblemAsync(await team.Manager.GetAsync("/api/v1/delegations"), HttpStatusCode.Forbidden);

        await ProblemAsync(await stranger.GetAsync($"/api/v1/delegations/{id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await deputy.DeleteAsync($"/api/v1/delegations/{id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await stranger.DeleteAsync($"/api/v1/delegations/{id}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, (await team.LineManager.DeleteAsync($"/api/v1/delegations/{id}")).StatusCode);
        await ProblemAsync(await team.LineManager.DeleteAsync($"/api/v1/delegations/{id}"), HttpStatusCode.NotFound);
        Assert.Single((await (await team.LineManager.GetAsync("/api/v1/delegations")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Delegate_DecidesThroughTheApiInsideTheWindow_And404Outside()
    {
        var team = await TeamAsync("gwin");
        var deputy = await OtherLineManagerAsync("gwin", "deputy");
        var deputyId = await factory.UserIdAsync(Email("gwin", "deputy"));
        var id = await CreateSubmittedAsync(team.Manager, "Power BI for finance", 150m);

        var later = await team.LineManager.PostAsJsonAsync("/api/v1/delegations", new { delegateId = deputyId, from = Today.AddDays(3), to = Today.AddDays(10) }, Json);
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        await ProblemAsync(await deputy.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json), HttpStatusCode.NotFound);
        Assert.Empty((await (await deputy.GetAsync("/api/v1/team")).JsonAsync()).EnumerateArray());
        Assert.Empty((await (await deputy.GetAsync("/api/v1/funding-requests/queue")).JsonAsync()).EnumerateArray());

        var laterId = (await later.JsonAsync()).GetProperty("id").GetGuid();
        (await team.LineManager.DeleteAsync($"/api/v1/delegations/{laterId}")).EnsureSuccessStatusCode();
        (await team.LineManager.PostAsJsonAsync("/api/v1/delegations", new { delegateId = deputyId, from = Today, to = Today.AddDays(2) }, Json)).EnsureSuccessStatusCode();

        Assert.Single((await (await deputy.GetAsync("/api/v1/team")).JsonAsync()).EnumerateArray());
        var approved = await deputy.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { comment = "Approved while the line manager is away" }, Json);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("InProgress", (await approved.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task TeamPage_DelegateForm_UsesTheSameRulesAsTheApi_AndTheApiSeesItsDelegation()
    {
        var page = await factory.CreateSignedInFormClientAsync("gpage-lm@example.nhs.uk", Roles.LineManager);
        await OtherLineManagerAsync("gpage", "deputy");
        var lmId = await factory.UserIdAsync("gpage-lm@example.nhs.uk");
        var deputyId = await factory.UserIdAsync(Email("gpage", "deputy"));
        Dictionary<string, string> Fields(string delegateId, DateOnly from, DateOnly to) =>
            new() { ["DelegateId"] = delegateId, ["From"] = from.ToString("yyyy-MM-dd"), ["To"] = to.ToString("yyyy-MM-dd") };

        var self = await page.PostFormAsync("/Team?handler=Delegate", Fields(lmId, Today, Today.AddDays(2)), "/Team");
        Assert.Equal(HttpStatusCode.OK, self.StatusCode);
        Assert.Contains("Choose someone other than yourself as your delegate", await self.Content.ReadAsStringAsync());

        var named = await page.PostFormAsync("/Team?handler=Delegate", Fields(deputyId, Today, Today.AddDays(2)), "/Team");
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);

        var overlap = await page.PostFormAsync("/Team?handler=Delegate", Fields(deputyId, Today.AddDays(1), Today.AddDays(4)), "/Team");
        Assert.Contains("do not overlap", await overlap.Content.ReadAsStringAsync());

        var deputy = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = Email("gpage", "deputy"), password = Infrastructure.CpdLogAppFactory.Password });
        var token = (await deputy.JsonAsync()).GetProperty("accessToken").GetString();
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var seen = Assert.Single((await (await api.GetAsync("/api/v1/delegations")).JsonAsync()).EnumerateArray());
        Assert.Equal(lmId, seen.GetProperty("lineManager").GetProperty("id").GetString());
    }

    // ---- Completion with a certificate ----

    [Fact]
    public async Task Complete_MultipartWithCertificate_LinksTheFileWithItsSha256_AndTheHoursCount()
    {
        var team = await TeamAsync("gcert");
        var registration = await (await team.Manager.PostAsJsonAsync("/api/v1/registrations",
            new { bodyCode = "NMC", registrationNumber = "12A3456E", anchorDate = MonthEnd(Today.AddDays(300)) }, Json)).JsonAsync();
        var registrationId = registration.GetProperty("id").GetGuid();
        var id = await CreateSubmittedAsync(team.Manager, "Advanced Excel", 150m);
        (await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json)).EnsureSuccessStatusCode();
        await MoveStudyAsync(id, Today.AddDays(-30), Today.AddDays(-1));

        async Task<decimal> CpdHoursAsync() =>
            (await (await team.Manager.GetAsync($"/api/v1/registrations/{registrationId}/compliance")).JsonAsync())
            .GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "cpd-hours")
            .GetProperty("achieved").GetDecimal();

        var before = await CpdHoursAsync();

        MultipartFormDataContent Form(byte[] bytes, string fileName)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            return new MultipartFormDataContent
            {
                { new StringContent(Today.AddDays(-1).ToString("yyyy-MM-dd")), "completedOn" },
                { new StringContent("12.5"), "actualHours" },
                { new StringContent("140.00"), "actualCost" },
                { new StringContent("I can now build the monthly variance model myself."), "reflection" },
                { file, "certificate", fileName },
            };
        }

        // A file that is not a certificate type is refused on the certificate field, and nothing is completed.
        var notAPdf = await team.Manager.PostAsync($"/api/v1/funding-requests/{id}/complete", Form("MZ\u0090\0 not a pdf"u8.ToArray(), "certificate.pdf"));
        Assert.Equal("certificate", await FieldErrorAsync(notAPdf));
        Assert.Equal(FundingStatus.InProgress, await factory.WithDbAsync(db => db.FundingRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

        var pdf = "%PDF-1.4\n% certificate of completion: Advanced Excel\n%%EOF\n"u8.ToArray();
        var completed = await team.Manager.PostAsync($"/api/v1/funding-requests/{id}/complete", Form(pdf, "Advanced Excel certificate.pdf"));
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var dto = await completed.JsonAsync();
        Assert.Equal("Completed", dto.GetProperty("status").GetString());
        Assert.Equal(140m, dto.GetProperty("spentAmount").GetDecimal());
        var activityId = dto.GetProperty("activityId").GetGuid();

        var activity = await factory.WithDbAsync(db => db.Activities.SingleAsync(a => a.Id == activityId));
        Assert.Equal((ActivityStatus.Completed, 12.5m, id), (activity.Status, activity.Hours, activity.FundingRequestId!.Value));

        var files = (await (await team.Manager.GetAsync($"/api/v1/evidence?recordKind=Activity&recordId={activityId}")).JsonAsync()).EnumerateArray().ToList();
        var evidence = Assert.Single(files);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), evidence.GetProperty("sha256").GetString());
        Assert.Equal("application/pdf", evidence.GetProperty("contentType").GetString());
        Assert.Equal("Advanced Excel certificate.pdf", evidence.GetProperty("fileName").GetString());
        var stored = await team.Manager.GetByteArrayAsync($"/api/v1/evidence/{evidence.GetProperty("id").GetGuid()}/content");
        Assert.Equal(pdf, stored);
        var (key, name) = await factory.WithDbAsync(async db =>
            await db.FundingRequests.Where(r => r.Id == id).Select(r => new { r.CertificateKey, r.CertificateFileName }).SingleAsync() is var c
                ? (c.CertificateKey, c.CertificateFileName) : default);
        var storageKey = await factory.WithDbAsync(db => db.EvidenceFiles.Where(e => e.RecordId == activityId).Select(e => e.StorageKey).SingleAsync());
        Assert.Equal((storageKey, "Advanced Excel certificate.pdf"), (key, name));

        Assert.Equal(before + 12.5m, await CpdHoursAsync());

        // The stranger cannot complete or see it; JSON completion still works for clients without a file (here: already completed → 409).
        var stranger = await factory.CreateApiClientAsync("gcert-stranger@example.nhs.uk");
        await ProblemAsync(await stranger.PostAsync($"/api/v1/funding-requests/{id}/complete", Form(pdf, "c.pdf")), HttpStatusCode.NotFound);
        await ProblemAsync(await team.Manager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/complete",
            new { completedOn = Today.AddDays(-1), actualHours = 1m, reflection = "again" }, Json), HttpStatusCode.Conflict);
    }

    // ---- Agreement timing ----

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);

    private async Task EnsureTemplateAsync(HttpClient admin)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (await factory.WithDbAsync(db => db.AgreementTemplates.AnyAsync()))
            {
                return;
            }

            (await admin.PostAsJsonAsync("/api/v1/agreements/templates", new
            {
                name = "Learning agreement",
                minFees = 1000m,
                minCredits = 60,
                scheduleKind = "Tiered",
                tiers = "12:100;24:50",
                linearMonths = 0,
                triggers = "Resignation, Dismissal",
                waivers = "Redundancy",
                terms = "Repay the fees if you leave.",
            }, Json)).EnsureSuccessStatusCode();
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    [Fact]
    public async Task Agreement_AcceptedAfterTheStartDate_IsRefusedWithAClearMessage_UnlessTheApproverAllowsItRetrospectively()
    {
        var team = await TeamAsync("gagree");
        await EnsureTemplateAsync(team.Admin);
        var id = await CreateSubmittedAsync(team.Manager, "CIPFA Diploma", 1200m);
        await MoveStudyAsync(id, Today.AddDays(-1), Today.AddDays(60));

        var late = await team.Manager.PostAsJsonAsync("/api/v1/agreements", new { fundingRequestId = id }, Json);
        var problem = await ProblemAsync(late, HttpStatusCode.Conflict);
        Assert.Contains("must be accepted before the course starts", problem.GetProperty("detail").GetString());

        await ProblemAsync(await team.Manager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/allow-retrospective", new { }, Json), HttpStatusCode.Forbidden);
        var allowed = await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/allow-retrospective", new { comment = "Booked before the deadline" }, Json);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains((await allowed.JsonAsync()).GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "RetrospectiveAllowed");

        Assert.Equal(HttpStatusCode.Created, (await team.Manager.PostAsJsonAsync("/api/v1/agreements", new { fundingRequestId = id }, Json)).StatusCode);
        var approved = await team.LineManager.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", new { }, Json);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("AwaitingBudgetHolder", (await approved.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task DecidePage_StartedStudy_AllowRetrospectiveButtonThenApprove_AndTheCheckboxForStudyWithoutAgreement()
    {
        var team = await TeamAsync("gretro");
        await EnsureTemplateAsync(team.Admin);
        var pages = await factory.SignInFormClientAsync(Email("gretro", "lm"));

        // Needs a learning agreement (fees over the template's minimum) and has started: the button lets the requester accept late.
        var id = await CreateSubmittedAsync(team.Manager, "CIPFA Diploma, booked late", 1200m);
        await MoveStudyAsync(id, Today.AddDays(-3), Today.AddDays(60));
        var url = $"/Team/Decide/{id}";
        Assert.Contains("data-testid=\"allow-retrospective\"", await pages.GetPageAsync(url), StringComparison.Ordinal);

        var allowed = await pages.PostFormAsync(url, new() { ["decision"] = "retrospective", ["Input.Comment"] = "Booked before the deadline" });
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        var study = await factory.WithDbAsync(db => db.FundingRequests.Include(r => r.History).SingleAsync(r => r.Id == id));
        Assert.True(study.RetrospectiveAllowed);
        Assert.Contains(study.History, h => h.Action == FundingAction.RetrospectiveAllowed && h.Comment == "Booked before the deadline");
        Assert.DoesNotContain("data-testid=\"allow-retrospective\"", await pages.GetPageAsync(url), StringComparison.Ordinal);

        var twice = await pages.PostFormAsync(url, new() { ["decision"] = "retrospective" });
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode); // the page again, with the reason
        Assert.Contains("already allowed", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await team.Manager.PostAsJsonAsync("/api/v1/agreements", new { fundingRequestId = id }, Json)).StatusCode);
        var approved = await pages.PostFormAsync(url, new() { ["decision"] = "approve", ["Input.Amount"] = "1200", ["Input.LeaveHours"] = "7.5" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(FundingStatus.AwaitingBudgetHolder, (await factory.WithDbAsync(db => db.FundingRequests.SingleAsync(r => r.Id == id))).Status);

        // No agreement needed (under the minimum fees): approving a started study needs the "allow retrospective" tick.
        var small = await CreateSubmittedAsync(team.Manager, "Excel refresher, already started", 90m);
        await MoveStudyAsync(small, Today.AddDays(-2), Today.AddDays(5));
        var smallUrl = $"/Team/Decide/{small}";
        var smallPage = await pages.GetPageAsync(smallUrl);
        Assert.Contains("Input.AllowRetrospective", smallPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"allow-retrospective\"", smallPage, StringComparison.Ordinal);

        var unticked = await pages.PostFormAsync(smallUrl, new() { ["decision"] = "approve", ["Input.Amount"] = "90", ["Input.LeaveHours"] = "7.5" });
        Assert.Equal(HttpStatusCode.OK, unticked.StatusCode);
        var html = await unticked.Content.ReadAsStringAsync();
        Assert.Contains("nhsuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("#Input_AllowRetrospective", html, StringComparison.Ordinal); // the summary links to the tick box
        Assert.Equal(FundingStatus.Submitted, (await factory.WithDbAsync(db => db.FundingRequests.SingleAsync(r => r.Id == small))).Status);

        var ticked = await pages.PostFormAsync(smallUrl, new() { ["decision"] = "approve", ["Input.Amount"] = "90", ["Input.LeaveHours"] = "7.5", ["Input.AllowRetrospective"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        Assert.Equal(FundingStatus.InProgress, (await factory.WithDbAsync(db => db.FundingRequests.SingleAsync(r => r.Id == small))).Status);
    }

    // ---- OpenAPI ----

    [Fact]
    public async Task OpenApi_DocumentsTheNewRoutesWithTagsAndSummaries()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var (path, method, tag) in new[]
                 {
                     ("/api/v1/team", "get", "Team"),
                     ("/api/v1/delegations", "get", "Delegations"),
                     ("/api/v1/delegations", "post", "Delegations"),
                     ("/api/v1/delegations/{id}", "delete", "Delegations"),
                     ("/api/v1/funding-requests/{id}/complete", "post", "Funding requests"),
                     ("/api/v1/funding-requests/{id}/allow-retrospective", "post", "Funding requests"),
                     ("/api/v1/agreements", "post", "Learning agreements"),
                 })
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            Assert.Contains(tag, operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
        }

        var complete = paths.GetProperty("/api/v1/funding-requests/{id}/complete").GetProperty("post");
        Assert.Contains("certificate", complete.GetProperty("summary").GetString());
        var content = complete.GetProperty("requestBody").GetProperty("content");
        Assert.True(content.TryGetProperty("multipart/form-data", out _));
        Assert.True(content.TryGetProperty("application/json", out _));

        foreach (var path in paths.EnumerateObject().Where(p => p.Name.StartsWith("/api/v1/funding-requests", StringComparison.Ordinal)
                                                                || p.Name.StartsWith("/api/v1/budgets", StringComparison.Ordinal)
                                                                || p.Name.StartsWith("/api/v1/agreements", StringComparison.Ordinal)
                                                                || p.Name.StartsWith("/api/v1/delegations", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                Assert.True(operation.Value.TryGetProperty("summary", out _), $"{operation.Name} {path.Name} has no summary");
                Assert.True(operation.Value.TryGetProperty("tags", out _), $"{operation.Name} {path.Name} has no tag");
            }
        }
    }

    /// <summary>NMC renewal dates are the last day of a month.</summary>
    private static DateOnly MonthEnd(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));
}
