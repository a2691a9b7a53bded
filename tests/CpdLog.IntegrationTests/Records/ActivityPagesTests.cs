namespace CpdLog.IntegrationTests.Records;

using System.Net;
using System.Net.Http.Json;
using CpdLog.IntegrationTests.Infrastructure;
using static CpdLog.IntegrationTests.Records.PageHelpers;
using static CpdLog.IntegrationTests.Records.RecordSamples;

public sealed class ActivityPagesTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private static Dictionary<string, string> Form(string title, string hours, string participatory) => new()
    {
        ["Input.Title"] = title,
        ["Input.Status"] = "Completed",
        ["Input.StartDate"] = Day(-3),
        ["Input.EndDate"] = Day(-3),
        ["Input.Hours"] = hours,
        ["Input.ParticipatoryHours"] = participatory,
        ["Input.Method"] = "CourseAttendance",
        ["Input.ActivityType"] = "FormalEducational",
        ["Input.Description"] = "Budget setting for ward managers\nwith worked examples",
        ["Input.RelevanceToPractice"] = "I set nursing budgets",
        ["Input.CodeThemes"] = "PreserveSafety",
        ["Input.Tags"] = "budgets",
    };

    [Fact]
    public async Task Add_WithValidationError_ShowsMessageKeepsValues_ThenFixedAppearsInLog()
    {
        var client = await factory.CreateSignedInFormClientAsync("pages-add@example.nhs.uk");
        var title = Unique("Budget masterclass");

        var response = await client.PostFormAsync("/Activities/Add", Form(title, "2", "5"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(["Participatory hours cannot be more than the total hours"], ErrorSummary(html));
        Assert.Equal("Participatory hours cannot be more than the total hours", FieldError(html, "Input_ParticipatoryHours"));
        Assert.Contains("href=\"#Input_ParticipatoryHours\"", html);
        Assert.Equal(title, InputValue(html, "Input.Title"));
        Assert.Equal("2", InputValue(html, "Input.Hours"));
        Assert.Equal("5", InputValue(html, "Input.ParticipatoryHours"));
        Assert.Equal(Day(-3), InputValue(html, "Input.StartDate"));
        Assert.Equal("Budget setting for ward managers\nwith worked examples", TextareaValue(html, "Input.Description"));
        Assert.True(IsChecked(html, "Input.CodeThemes", "PreserveSafety"));
        Assert.False(IsChecked(html, "Input.CodeThemes", "PrioritisePeople"));
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Activities.Count(a => a.Title == title))));

        var location = await client.PostAndFollowAsync("/Activities/Add", Form(title, "2", "1.5"));

        Assert.StartsWith("/Activities/Details/", location);
        var details = Decode(await client.GetPageAsync(location));
        Assert.Contains($"CPD activity added: {title}", details);
        var log = Decode(await client.GetPageAsync("/Activities"));
        Assert.Contains(title, log);
        Assert.Contains("data-testid=\"total-hours\">2<", log);
        Assert.Contains("data-testid=\"total-participatory\">1.5<", log);
    }

    [Fact]
    public async Task Add_TextInNumberBoxAndFutureDate_ShowsEveryMessageInTheSummary()
    {
        var client = await factory.CreateSignedInFormClientAsync("pages-nan@example.nhs.uk");
        var form = Form("", "abc", "1");
        form["Input.EndDate"] = Day(5);

        var html = await (await client.PostFormAsync("/Activities/Add", form)).Content.ReadAsStringAsync();

        var summary = ErrorSummary(html);
        Assert.Contains("Enter a title", summary);
        Assert.Contains("Enter a number, like 7.5", summary);
        Assert.Contains(summary, m => m.StartsWith("The end date cannot be in the future for a completed activity", StringComparison.Ordinal));
        Assert.Equal("abc", InputValue(html, "Input.Hours"));
        Assert.Equal(Day(5), InputValue(html, "Input.EndDate"));
    }

    /// <summary>ModelState keeps its keys sorted by length; the summary must follow the form instead.</summary>
    [Fact]
    public async Task ErrorSummary_ListsErrorsInTheOrderOfTheForm()
    {
        var client = await factory.CreateSignedInFormClientAsync("pages-order@example.nhs.uk");
        var form = Form("", "2", "5");
        form["Input.Status"] = "";
        form["Input.EndDate"] = "";
        form["Input.Method"] = "";

        var html = await (await client.PostFormAsync("/Activities/Add", form)).Content.ReadAsStringAsync();

        var links = System.Text.RegularExpressions.Regex.Matches(html, "<a href=\"#(Input_[A-Za-z]+)\">").Select(m => m.Groups[1].Value).ToList();
        // Description is only required for a completed activity, and Status is missing here.
        Assert.Equal(["Input_Title", "Input_Status", "Input_EndDate", "Input_ParticipatoryHours", "Input_Method"], links);
        Assert.Equal(links.Count, ErrorSummary(html).Count);
    }

    [Fact]
    public async Task PageAndApi_GiveTheSameMessageForTheSameMistake()
    {
        var client = await factory.CreateSignedInFormClientAsync("pages-same@example.nhs.uk");
        var payload = Valid("activities");
        payload["participatoryHours"] = 10m;

        // The cookie-signed-in client can call the API too.
        var apiErrors = await ValidationErrorsAsync(await client.Http.PostAsJsonAsync("/api/v1/activities", payload));
        var html = await (await client.PostFormAsync("/Activities/Add", Form("Same", "6.5", "10"))).Content.ReadAsStringAsync();

        Assert.Equal(FirstError(apiErrors, "participatoryHours"), FieldError(html, "Input_ParticipatoryHours"));
    }

    [Fact]
    public async Task Log_FiltersByDateRange_AndTotalsCompletedActivities()
    {
        var client = await factory.CreateSignedInFormClientAsync("pages-filter@example.nhs.uk");
        async Task Create(string title, int endOffset, decimal hours, decimal participatory, string status = "Completed")
        {
            var p = Valid("activities", title);
            p["startDate"] = Day(endOffset);
            p["endDate"] = Day(endOffset);
            p["hours"] = hours;
            p["participatoryHours"] = participatory;
            p["status"] = status;
            Assert.Equal(HttpStatusCode.Created, (await client.Http.PostAsJsonAsync("/api/v1/activities", p)).StatusCode);
        }

        await Create("Old course", -400, 7, 7);
        await Create("Recent webinar", -30, 1.5m, 1.5m);
        await Create("Recent reading", -20, 2, 0);
        await Create("Future diploma", 30, 20, 10, "Planned"); // one day: at most 24 hours

        var all = Decode(await client.GetPageAsync("/Activities"));
        Assert.Contains("data-testid=\"total-hours\">10.5<", all);
        Assert.Contains("data-testid=\"total-participatory\">8.5<", all);
        Assert.Contains("Future diploma", all);

        var recent = Decode(await client.GetPageAsync($"/Activities?From={Day(-60)}&To={Day(0)}"));
        Assert.Contains("Recent webinar", recent);
        Assert.Contains("Recent reading", recent);
        Assert.DoesNotContain("Old course", recent);
        Assert.DoesNotContain("Future diploma", recent);
        Assert.Contains("data-testid=\"total-hours\">3.5<", recent);
        Assert.Contains("data-testid=\"total-participatory\">1.5<", recent);
        Assert.Equal(Day(-60), InputValue(recent, "From"));

        var backwards = await client.GetPageAsync($"/Activities?From={Day(0)}&To={Day(-60)}");
        Assert.Contains("The ‘to’ date must be the same as or after the ‘from’ date", ErrorSummary(backwards));
    }

    [Fact]
    public async Task EditAndDelete_ThroughPages_MovesToBin_AndBinPageRestores()
    {
        var client = await factory.CreateSignedInFormClientAsync("pages-edit@example.nhs.uk");
        var title = Unique("Costing");
        var id = await CreateIdAsync(client.Http, "activities", title);

        var edit = await client.GetPageAsync($"/Activities/Edit/{id}");
        Assert.Equal(title, InputValue(edit, "Input.Title"));
        Assert.Equal("6.5", InputValue(edit, "Input.Hours"));
        Assert.True(IsChecked(edit, "Input.CodeThemes", "PractiseEffectively"));

        var form = Form(title + " (changed)", "3", "1");
        Assert.Equal($"/Activities/Details/{id}", await client.PostAndFollowAsync($"/Activities/Edit/{id}", form));
        Assert.Contains(title + " (changed)", Decode(await client.GetPageAsync($"/Activities/Details/{id}")));

        Assert.Contains(title + " (changed)", Decode(await client.GetPageAsync($"/Activities/Delete/{id}")));
        Assert.Equal("/Activities", await client.PostAndFollowAsync($"/Activities/Delete/{id}", []));
        Assert.DoesNotContain($"/Activities/Details/{id}", await client.GetPageAsync("/Activities"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Activities/Details/{id}")).StatusCode);

        var bin = Decode(await client.GetPageAsync("/Bin"));
        Assert.Contains(title + " (changed)", bin);
        await client.PostAndFollowAsync("/Bin?handler=Restore", new() { ["kind"] = "activities", ["id"] = id.ToString() }, "/Bin");
        Assert.Contains($"/Activities/Details/{id}", await client.GetPageAsync("/Activities"));
        Assert.DoesNotContain($"value=\"{id}\"", await client.GetPageAsync("/Bin"));
    }

    [Fact]
    public async Task Pages_NeedSignIn()
    {
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var url in new[] { "/Activities", "/Activities/Add", "/Records", "/Records/Reflections", "/Bin" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Identity/Account/Login", response.Headers.Location!.ToString());
        }
    }
}
