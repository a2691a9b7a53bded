namespace CpdLog.IntegrationTests.Records;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.Core.Funding;
using CpdLog.Core.Records;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary>
/// Qualifications in progress (issue 17 part 3): the API with modules, ownership, links to funding, the module pages,
/// "log as CPD" once per module, and the dashboard card.
/// </summary>
public sealed class QualificationTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private static readonly DateOnly Today = TimeProvider.System.UkToday();

    [Fact]
    public async Task Api_RoundTripWithModules_KeepsModuleIdsAndComputesProgress()
    {
        var client = await factory.CreateApiClientAsync("qual-api@example.nhs.uk");
        var payload = Valid("qualifications", "CIPFA Professional Qualification");

        var created = await client.PostAsJsonAsync("/api/v1/qualifications", payload);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        AssertProgress(body, creditsAchieved: 20, creditsNeeded: 60, modulesPassed: 1, moduleCount: 3);
        var modules = body.GetProperty("modules").EnumerateArray().ToList();
        Assert.Equal(["Financial reporting", "Management accounting", "Audit and assurance"], modules.Select(m => m.GetProperty("title").GetString()));
        Assert.True(modules[0].GetProperty("isPassed").GetBoolean());
        Assert.Equal(68m, modules[0].GetProperty("mark").GetDecimal());
        Assert.Equal(Day(25), modules[1].GetProperty("examSittings")[0].GetString());

        // Pass the second module (same id), drop the third, add a new one.
        var secondId = modules[1].GetProperty("id").GetGuid();
        var firstId = modules[0].GetProperty("id").GetGuid();
        payload["modules"] = new object[]
        {
            new { id = firstId, title = "Financial reporting", credits = 20, result = "Pass" },
            new { id = secondId, title = "Management accounting", credits = 20, startDate = Day(-140), endDate = Day(-2), examSittings = new[] { Day(-10), Day(-3) }, result = "Merit", mark = 71.5m },
            new { title = "Public sector finance", credits = 20, result = "Pending" },
        };
        var updated = await client.PutAsJsonAsync($"/api/v1/qualifications/{id}", payload);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/qualifications/{id}");
        AssertProgress(read, 40, 60, 2, 3);
        var after = read.GetProperty("modules").EnumerateArray().ToList();
        var second = Assert.Single(after, m => m.GetProperty("id").GetGuid() == secondId);
        Assert.Equal("Merit", second.GetProperty("result").GetString());
        Assert.Equal([Day(-10), Day(-3)], second.GetProperty("examSittings").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains(after, m => m.GetProperty("id").GetGuid() == firstId);
        Assert.DoesNotContain(after, m => m.GetProperty("title").GetString() == "Audit and assurance");
        Assert.Equal(3, await factory.WithDbAsync(db => db.Set<QualificationModule>().CountAsync(m => m.QualificationId == id)));

        // Without "modules" a PUT leaves them as they are; the list shows the same progress as the record.
        payload.Remove("modules");
        payload["title"] = "CIPFA PQ";
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/qualifications/{id}", payload)).StatusCode);
        var listed = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/v1/qualifications")).EnumerateArray());
        Assert.Equal("CIPFA PQ", listed.GetProperty("title").GetString());
        AssertProgress(listed, 40, 60, 2, 3);

        // Deleting moves it (and its modules) to the bin; restoring brings the modules back.
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/qualifications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/qualifications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/bin/qualifications/{id}/restore", null)).StatusCode);
        AssertProgress(await client.GetFromJsonAsync<JsonElement>($"/api/v1/qualifications/{id}"), 40, 60, 2, 3);
    }

    [Fact]
    public async Task Api_BadQualificationAndModules_EveryErrorAtOnceByField()
    {
        var client = await factory.CreateApiClientAsync("qual-bad@example.nhs.uk");
        var payload = Valid("qualifications");
        payload["title"] = "";
        payload["expectedCompletionDate"] = Day(-400);
        payload["creditsNeeded"] = 0;
        payload["modules"] = new object[]
        {
            new { title = "Fine", credits = 20 },
            new { title = "", credits = 500, startDate = Day(-10), endDate = Day(-20), result = "Pass", mark = 120 },
            new { title = "Future", credits = 10, endDate = Day(30), result = "Distinction" },
        };

        var errors = await ValidationErrorsAsync(await client.PostAsJsonAsync("/api/v1/qualifications", payload));

        Assert.Equal("Enter the name of the qualification", FirstError(errors, "title"));
        Assert.Equal("The expected completion date must be the same as or after the start date", FirstError(errors, "expectedCompletionDate"));
        Assert.Equal("Credits needed must be between 1 and 1,000, or left blank", FirstError(errors, "creditsNeeded"));
        Assert.Equal("Enter the name of the module or unit", FirstError(errors, "modules[1].title"));
        Assert.Equal("Credits must be between 0 and 240", FirstError(errors, "modules[1].credits"));
        Assert.Equal("The end date must be the same as or after the start date", FirstError(errors, "modules[1].endDate"));
        Assert.Equal("Mark must be a percentage between 0 and 100, or left blank", FirstError(errors, "modules[1].mark"));
        Assert.StartsWith("A module finishing in the future cannot have a result yet", FirstError(errors, "modules[2].result"));
        Assert.False(errors.TryGetProperty("modules[0].title", out _));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Qualifications.CountAsync(q => q.Title == "")));

        var wrongType = await client.PostAsync("/api/v1/qualifications", JsonContent.Create(new { title = "X", modules = new[] { new { credits = "many" } } }));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal("application/problem+json", wrongType.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnotherOwnersQualification_Is404EverywhereAndACraftedModuleIdTouchesNothing()
    {
        var owner = await factory.CreateApiClientAsync("qual-owner@example.nhs.uk");
        var theirs = await CreateAsync(owner, "qualifications", "Owner's qualification");
        var id = theirs.GetProperty("id").GetGuid();
        var theirModule = theirs.GetProperty("modules")[0].GetProperty("id").GetGuid();
        var intruderApi = await factory.CreateApiClientAsync("qual-intruder@example.nhs.uk");
        var intruder = await factory.SignInFormClientAsync("qual-intruder@example.nhs.uk");

        Assert.Equal(HttpStatusCode.NotFound, (await intruderApi.GetAsync($"/api/v1/qualifications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruderApi.PutAsJsonAsync($"/api/v1/qualifications/{id}", Valid("qualifications", "Stolen"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruderApi.DeleteAsync($"/api/v1/qualifications/{id}")).StatusCode);
        foreach (var page in new[]
                 {
                     $"/Records/Qualifications/Details/{id}", $"/Records/Qualifications/Edit/{id}", $"/Records/Qualifications/Module/{id}",
                     $"/Records/Qualifications/Module/{id}/{theirModule}", $"/Records/Qualifications/RemoveModule/{id}/{theirModule}",
                     $"/Records/Qualifications/LogCpd/{id}/{theirModule}",
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(page)).StatusCode);
        }

        // The intruder's own qualification, sent with the owner's module id: a new module, the owner's untouched.
        var mine = Valid("qualifications", "Intruder's own");
        mine["modules"] = new object[] { new { id = theirModule, title = "Overwritten?", credits = 5 } };
        var created = await intruderApi.PostAsJsonAsync("/api/v1/qualifications", mine);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var newModule = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("modules")[0].GetProperty("id").GetGuid();
        Assert.NotEqual(theirModule, newModule);
        var ownerModule = await factory.WithDbAsync(db => db.Set<QualificationModule>().SingleAsync(m => m.Id == theirModule));
        Assert.Equal("Financial reporting", ownerModule.Title);
        Assert.Equal(id, ownerModule.QualificationId);
    }

    [Fact]
    public async Task FundingLinks_OnlyYourOwnRequestsAndAgreements_ShownWithLinks()
    {
        var client = await factory.CreateApiClientAsync("qual-funded@example.nhs.uk");
        await factory.CreateApiClientAsync("qual-other-funded@example.nhs.uk");
        var (myRequest, myAgreement) = await SeedFundingAsync(await factory.UserIdAsync("qual-funded@example.nhs.uk"), "PG Dip fees");
        var (otherRequest, otherAgreement) = await SeedFundingAsync(await factory.UserIdAsync("qual-other-funded@example.nhs.uk"), "Someone else's fees");
        var payload = Valid("qualifications", "PG Dip in Health Informatics");

        payload["fundingRequestIds"] = new[] { myRequest, otherRequest };
        payload["agreementIds"] = new[] { otherAgreement };
        var errors = await ValidationErrorsAsync(await client.PostAsJsonAsync("/api/v1/qualifications", payload));
        Assert.Equal("Select your own funding requests from the list", FirstError(errors, "fundingRequestIds"));
        Assert.Equal("Select your own learning agreements from the list", FirstError(errors, "agreementIds"));

        payload["fundingRequestIds"] = new[] { myRequest };
        payload["agreementIds"] = new[] { myAgreement };
        var created = await client.PostAsJsonAsync("/api/v1/qualifications", payload);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var page = await (await factory.SignInFormClientAsync("qual-funded@example.nhs.uk")).GetPageAsync($"/Records/Qualifications/Details/{id}");
        Assert.Contains($"href=\"/Funding/Details/{myRequest}\"", page, StringComparison.Ordinal);
        Assert.Contains("PG Dip fees, Provider", page, StringComparison.Ordinal);
        Assert.Contains("Learning agreement for PG Dip fees", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else", page, StringComparison.Ordinal);

        // The Edit page offers only the user's own requests and agreements.
        var edit = await (await factory.SignInFormClientAsync("qual-funded@example.nhs.uk")).GetPageAsync($"/Records/Qualifications/Edit/{id}");
        Assert.Contains($"value=\"{myRequest}\" checked", edit, StringComparison.Ordinal);
        Assert.DoesNotContain(otherRequest.ToString(), edit, StringComparison.Ordinal);
        Assert.DoesNotContain(otherAgreement.ToString(), edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogPassedModuleAsCpd_CreatesOneActivityAndShowsIt_TwiceStillOne()
    {
        var api = await factory.CreateApiClientAsync("qual-log@example.nhs.uk");
        var body = await CreateAsync(api, "qualifications", "CIPD Level 7 Advanced Diploma");
        var id = body.GetProperty("id").GetGuid();
        var passed = body.GetProperty("modules")[0].GetProperty("id").GetGuid();
        var pending = body.GetProperty("modules")[1].GetProperty("id").GetGuid();
        var client = await factory.SignInFormClientAsync("qual-log@example.nhs.uk");

        var details = await client.GetPageAsync($"/Records/Qualifications/Details/{id}");
        Assert.Contains($"/Records/Qualifications/LogCpd/{id}/{passed}", details, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Records/Qualifications/LogCpd/{id}/{pending}", details, StringComparison.Ordinal);
        var confirm = await client.GetPageAsync($"/Records/Qualifications/LogCpd/{id}/{passed}");
        Assert.Contains("value=\"200\"", confirm, StringComparison.Ordinal); // 20 credits × 10 notional hours

        var tooMany = await client.SubmitFormAsync($"/Records/Qualifications/LogCpd/{id}/{passed}", new() { ["Hours"] = "5000" });
        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        Assert.Contains("nhsuk-error-summary", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var logged = await client.SubmitFormAsync($"/Records/Qualifications/LogCpd/{id}/{passed}", new() { ["Hours"] = "150" });
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var activityPath = logged.Headers.Location!.OriginalString;
        Assert.StartsWith("/Activities/Details/", activityPath, StringComparison.Ordinal);
        var shown = await client.GetPageAsync(activityPath);
        Assert.Contains("Financial reporting (CIPD Level 7 Advanced Diploma)", shown, StringComparison.Ordinal);
        var activityId = Guid.Parse(activityPath["/Activities/Details/".Length..]);
        var activity = await factory.WithDbAsync(db => db.Activities.SingleAsync(a => a.Id == activityId));
        Assert.Equal((150m, ActivityStatus.Completed, CpdMethod.FormalQualification, Today.AddDays(-150)), (activity.Hours, activity.Status, activity.Method, activity.EndDate));

        // Again, by the page or by posting the old form: the same activity, no second one.
        var again = await client.GetAsync($"/Records/Qualifications/LogCpd/{id}/{passed}");
        Assert.Equal(activityPath, again.Headers.Location!.OriginalString);
        var repost = await client.PostFormAsync($"/Records/Qualifications/LogCpd/{id}/{passed}", new() { ["Hours"] = "150" }, $"/Records/Qualifications/Details/{id}");
        Assert.Equal(activityPath, repost.Headers.Location!.OriginalString);
        var ownerId = await factory.UserIdAsync("qual-log@example.nhs.uk");
        Assert.Equal(1, await factory.WithDbAsync(db => db.Activities.CountAsync(a => a.OwnerId == ownerId)));
        Assert.Contains("Logged as CPD", await client.GetPageAsync($"/Records/Qualifications/Details/{id}"), StringComparison.Ordinal);
        Assert.Equal(activityId, (await api.GetFromJsonAsync<JsonElement>($"/api/v1/qualifications/{id}")).GetProperty("modules")[0].GetProperty("cpdActivityId").GetGuid());

        // A module without a pass is not logged.
        var notPassed = await client.GetAsync($"/Records/Qualifications/LogCpd/{id}/{pending}");
        Assert.Equal($"/Records/Qualifications/Details/{id}", notPassed.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Api_LogModuleAsCpd_OnceOnly_RefusesUnpassedAndBadHours_404ForAnotherOwner()
    {
        var api = await factory.CreateApiClientAsync("qual-log-api@example.nhs.uk");
        var body = await CreateAsync(api, "qualifications", "IHM Certificate in Managing in Health and Social Care");
        var id = body.GetProperty("id").GetGuid();
        var passed = body.GetProperty("modules")[0].GetProperty("id").GetGuid();
        var pending = body.GetProperty("modules")[1].GetProperty("id").GetGuid();
        var url = $"/api/v1/qualifications/{id}/modules/{passed}/log-cpd";
        var other = await factory.CreateApiClientAsync("qual-log-api-other@example.nhs.uk");

        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync(url, new { hours = 10 })).StatusCode);
        var notPassed = await api.PostAsJsonAsync($"/api/v1/qualifications/{id}/modules/{pending}/log-cpd", new { hours = 10 });
        Assert.Equal(HttpStatusCode.Conflict, notPassed.StatusCode);
        Assert.Equal("application/problem+json", notPassed.Content.Headers.ContentType?.MediaType);
        var errors = await ValidationErrorsAsync(await api.PostAsJsonAsync(url, new { hours = 0 }));
        Assert.Equal("Enter the number of hours, more than 0", FirstError(errors, "hours"));
        Assert.Equal("hours", Assert.Single(errors.EnumerateObject()).Name);

        var first = await api.PostAsync(url, null);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var logged = await first.Content.ReadFromJsonAsync<JsonElement>();
        var activityId = logged.GetProperty("activityId").GetGuid();
        Assert.True(logged.GetProperty("created").GetBoolean());
        var activity = await api.GetFromJsonAsync<JsonElement>($"/api/v1/activities/{activityId}");
        Assert.Equal(200m, activity.GetProperty("hours").GetDecimal()); // 20 credits, about 10 hours each
        Assert.Equal(Day(-150), activity.GetProperty("endDate").GetString());

        var second = await api.PostAsJsonAsync(url, new { hours = 12 });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(activityId, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activityId").GetGuid());
        Assert.Single((await api.GetFromJsonAsync<JsonElement>("/api/v1/activities")).EnumerateArray());
    }

    [Fact]
    public async Task ModulePages_AllErrorsAtOnce_ThenAddChangeAndRemove()
    {
        var api = await factory.CreateApiClientAsync("qual-pages@example.nhs.uk");
        var id = await CreateIdAsync(api, "qualifications", "ILM Level 5 Diploma");
        var client = await factory.SignInFormClientAsync("qual-pages@example.nhs.uk");
        var addUrl = $"/Records/Qualifications/Module/{id}";

        var bad = await client.SubmitFormAsync(addUrl, new()
        {
            ["Module.Title"] = "",
            ["Module.Credits"] = "lots",
            ["Module.StartDate"] = Day(-10),
            ["Module.EndDate"] = Day(-20),
            ["Module.Mark"] = "50",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("nhsuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("Enter the name of the module or unit", html, StringComparison.Ordinal);
        Assert.Contains("Enter the credits as a whole number, like 20, or 0 if the module has none", html, StringComparison.Ordinal);
        Assert.Contains("The end date must be the same as or after the start date", html, StringComparison.Ordinal);
        Assert.Contains("Select the result as well as the mark, or leave the mark blank", html, StringComparison.Ordinal);

        var added = await client.SubmitFormAsync(addUrl, new()
        {
            ["Module.Title"] = "Leading teams",
            ["Module.Credits"] = "15",
            ["Module.StartDate"] = Day(-60),
            ["Module.EndDate"] = Day(-5),
            ["Module.ExamSittings[0]"] = Day(-7),
            ["Module.Result"] = "Distinction",
            ["Module.Mark"] = "78",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/Records/Qualifications/Details/{id}", added.Headers.Location!.OriginalString);
        var module = await factory.WithDbAsync(db => db.Set<QualificationModule>().SingleAsync(m => m.QualificationId == id && m.Title == "Leading teams"));
        Assert.Equal((15, ModuleResult.Distinction, 78m), (module.Credits, module.Result, module.Mark));
        Assert.Equal([Today.AddDays(-7)], module.ExamSittings);
        Assert.Contains("35 credits achieved of 60 needed", await client.GetPageAsync($"/Records/Qualifications/Details/{id}"), StringComparison.Ordinal);

        // Change: add a resit in the blank second sitting box.
        var changed = await client.SubmitFormAsync($"/Records/Qualifications/Module/{id}/{module.Id}", new() { ["Module.ExamSittings[1]"] = Day(-6) });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var resat = await factory.WithDbAsync(db => db.Set<QualificationModule>().SingleAsync(m => m.Id == module.Id));
        Assert.Equal([Today.AddDays(-7), Today.AddDays(-6)], resat.ExamSittings);

        var removed = await client.SubmitFormAsync($"/Records/Qualifications/RemoveModule/{id}/{module.Id}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<QualificationModule>().AnyAsync(m => m.Id == module.Id)));
    }

    [Fact]
    public async Task Dashboard_ShowsQualificationsWithProgress_OverdueAndCompleted()
    {
        var api = await factory.CreateApiClientAsync("qual-dash@example.nhs.uk");
        await CreateAsync(api, "qualifications", "On track diploma");
        var late = Valid("qualifications", "Late certificate");
        late["startDate"] = Day(-700);
        late["expectedCompletionDate"] = Day(-1);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/qualifications", late)).StatusCode);
        var done = Valid("qualifications", "Finished award");
        done["status"] = "Completed";
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/qualifications", done)).StatusCode);

        var page = await (await factory.SignInFormClientAsync("qual-dash@example.nhs.uk")).GetPageAsync("/Dashboard");

        var card = page[page.IndexOf("data-testid=\"qualifications\"", StringComparison.Ordinal)..];
        Assert.Contains("Your qualifications", card, StringComparison.Ordinal);
        var onTrack = Item(card, "On track diploma");
        Assert.Contains("20 credits achieved of 60 needed", onTrack, StringComparison.Ordinal);
        Assert.Contains("1 of 3 modules passed", onTrack, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", onTrack, StringComparison.Ordinal);
        Assert.Contains("Overdue", Item(card, "Late certificate"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"completed\"", Item(card, "Finished award"), StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", Item(card, "Finished award"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_SaysWhichQualificationsAreOverdue()
    {
        var api = await factory.CreateApiClientAsync("qual-overdue@example.nhs.uk");
        var onTrack = (await CreateAsync(api, "qualifications", "On time diploma")).GetProperty("id").GetGuid();
        var late = Valid("qualifications", "Late diploma");
        late["startDate"] = Day(-700);
        late["expectedCompletionDate"] = Day(-1);
        var lateId = (await (await api.PostAsJsonAsync("/api/v1/qualifications", late)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var done = Valid("qualifications", "Completed late diploma");
        done["startDate"] = Day(-700);
        done["expectedCompletionDate"] = Day(-1);
        done["status"] = "Completed";
        var doneId = (await (await api.PostAsJsonAsync("/api/v1/qualifications", done)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        async Task<bool> OverdueAsync(Guid id) => (await (await api.GetAsync($"/api/v1/qualifications/{id}")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isOverdue").GetBoolean();
        Assert.Equal((false, true, false), (await OverdueAsync(onTrack), await OverdueAsync(lateId), await OverdueAsync(doneId)));
        var list = await (await api.GetAsync("/api/v1/qualifications")).Content.ReadFromJsonAsync<JsonElement>();
        var items = list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("items");
        Assert.Equal([lateId], items.EnumerateArray().Where(q => q.GetProperty("isOverdue").GetBoolean()).Select(q => q.GetProperty("id").GetGuid()).ToList());
    }

    [Fact]
    public async Task Evidence_CanBeAttachedToAQualification_AndShowsOnItsPage()
    {
        var api = await factory.CreateApiClientAsync("qual-evidence@example.nhs.uk");
        var id = (await CreateAsync(api, "qualifications", "CIPD Level 7")).GetProperty("id").GetGuid();
        var pages = await factory.SignInFormClientAsync("qual-evidence@example.nhs.uk");
        Assert.Contains("award certificate", await pages.GetPageAsync($"/Records/Qualifications/Details/{id}"), StringComparison.Ordinal);
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("enrolment confirmed " + Guid.NewGuid()));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        var upload = await api.PostAsync("/api/v1/evidence", new MultipartFormDataContent
        {
            { new StringContent("Qualification"), "recordKind" },
            { new StringContent(id.ToString()), "recordId" },
            { file, "file", "enrolment.txt" },
        });
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);

        Assert.Contains("enrolment.txt", await pages.GetPageAsync($"/Records/Qualifications/Details/{id}"), StringComparison.Ordinal);

        // Another person's qualification takes no evidence from you.
        var stranger = await factory.CreateApiClientAsync("qual-evidence-stranger@example.nhs.uk");
        var other = new ByteArrayContent("not yours"u8.ToArray());
        other.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        var refused = await stranger.PostAsync("/api/v1/evidence", new MultipartFormDataContent
        {
            { new StringContent("Qualification"), "recordKind" },
            { new StringContent(id.ToString()), "recordId" },
            { other, "file", "x.txt" },
        });
        Assert.NotEqual(HttpStatusCode.Created, refused.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.EvidenceFiles.CountAsync(f => f.RecordId == id)));
    }

    private static string Item(string html, string title)
    {
        var start = html.IndexOf(title, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{title} not on the dashboard");
        return html[start..html.IndexOf("</li>", start, StringComparison.Ordinal)];
    }

    private static void AssertProgress(JsonElement qualification, int creditsAchieved, int creditsNeeded, int modulesPassed, int moduleCount)
    {
        var p = qualification.GetProperty("progress");
        Assert.Equal(
            (creditsAchieved, creditsNeeded, modulesPassed, moduleCount),
            (p.GetProperty("creditsAchieved").GetInt32(), p.GetProperty("creditsNeeded").GetInt32(), p.GetProperty("modulesPassed").GetInt32(), p.GetProperty("moduleCount").GetInt32()));
    }

    /// <summary>A draft funding request of <paramref name="userId"/> and an agreement they accepted for it.</summary>
    private async Task<(Guid Request, Guid Agreement)> SeedFundingAsync(string userId, string title)
    {
        var now = DateTimeOffset.UtcNow;
        return await factory.WithDbAsync(async db =>
        {
            var details = new FundingRequestDetails(title, "Provider", Today.AddDays(30), Today.AddDays(200), StudyMode.Online, null, 400m, 0m, 0m, 0m, 7.5m, "", 7.5m, 0, "Why", "Impact");
            var (request, result) = FundingRequest.Create(userId, details, now);
            Assert.True(result.Succeeded, result.Refusal?.ToString());
            var template = new AgreementTemplate { Name = "Test agreement " + title, MinFees = 200m, ScheduleKind = RepaymentKind.Linear, LinearMonths = 12, Terms = "T", CreatedAt = now, CreatedById = userId, IsCurrent = false };
            var acceptance = AgreementAcceptance.Accept(request!, template, userId, now);
            db.AddRange(request!, template, acceptance);
            await db.SaveChangesAsync();
            return (request!.Id, acceptance.Id);
        });
    }
}
