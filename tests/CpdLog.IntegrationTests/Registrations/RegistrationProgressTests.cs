namespace CpdLog.IntegrationTests.Registrations;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.IntegrationTests.Portfolio;
using CpdLog.IntegrationTests.Records;

/// <summary>
/// The registration page (progress chart, figures table, next three actions), its links from the dashboard and the
/// registrations list, the "what to do next" links to the forms, and the portfolio printing the same figures.
/// Clock fixed at 15 January 2027; NMC renewal 31 March 2027: cycle 1 April 2024 – 31 March 2027, deadline 1 March 2027.
/// </summary>
public sealed class RegistrationProgressTests : IClassFixture<CpdLogAppFactory>
{
    private static readonly DateTimeOffset Today = new(2027, 1, 15, 10, 0, 0, TimeSpan.Zero);
    private readonly CpdLogAppFactory _factory;

    public RegistrationProgressTests(CpdLogAppFactory factory)
    {
        _factory = factory;
        _factory.Now = Today;
    }

    [Fact]
    public async Task Details_DrawsAnAccessibleChartAndTheSameFiguresInATable()
    {
        var (pages, _, id) = await NurseWithRecordsAsync("progress-page@example.nhs.uk");

        var document = await ParseAsync(await pages.GetPageAsync($"/Registrations/Details?id={id}"));

        var cpd = document.QuerySelector("[data-progress='cpd-hours']")!;
        var svg = cpd.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("0 0 360 262", svg.GetAttribute("viewBox"));
        var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("CPD hours: progress over the cycle", document.GetElementById(labelledBy[0])!.TextContent);
        Assert.Equal("title", document.GetElementById(labelledBy[0])!.LocalName);
        var desc = document.GetElementById(labelledBy[1])!;
        Assert.Equal("desc", desc.LocalName);
        Assert.StartsWith("11.5 of 35 hours done by 15 January 2027; the pace line (required × time passed) is at 33.5, so this is behind the pace.", desc.TextContent, StringComparison.Ordinal);
        Assert.Contains(svg.QuerySelectorAll("text"), t => t.TextContent == "Done: 11.5");
        Assert.Contains(svg.QuerySelectorAll("text"), t => t.TextContent == "Required: 35 hours");
        Assert.Contains(svg.QuerySelectorAll("text"), t => t.TextContent == "Deadline 1 Mar 2027");
        Assert.NotNull(cpd.QuerySelector("details.nhsuk-details table"));

        // 2024-03-31 is before the cycle; the private activity counts (as on the dashboard).
        Assert.Equal(
            [
                ("2024-09-30", "5.5", "6"), ("2025-03-31", "9.5", "12"), ("2025-09-30", "11.5", "18"), ("2026-03-31", "11.5", "24"),
                ("2026-09-30", "11.5", "30"), ("2027-01-15", "11.5", "33.5"), ("2027-03-01", "–", "35"),
            ],
            Rows(cpd));
        Assert.Equal("11.5", document.QuerySelector("tr[data-requirement='cpd-hours'] [data-testid='achieved']")!.TextContent);
        Assert.Equal(["cpd-hours", "participatory-hours", "practice-hours", "feedback", "reflective-accounts"],
            document.QuerySelectorAll("[data-progress]").Select(e => e.GetAttribute("data-progress")));
        Assert.Equal(
            [("2027-01-15", "2", "4.8")],
            Rows(document.QuerySelector("[data-progress='reflective-accounts']")!).Where(r => r.Date == "2027-01-15"));
    }

    [Fact]
    public async Task Details_ShowsTheNextThreeActionsEachLinkingToItsForm()
    {
        var (pages, _, id) = await NurseWithRecordsAsync("progress-next@example.nhs.uk");

        var document = await ParseAsync(await pages.GetPageAsync($"/Registrations/Details?id={id}"));

        var actions = document.QuerySelectorAll("[data-testid='next-actions'] > li").ToList();
        Assert.Equal(3, actions.Count);
        Assert.Equal(["cpd-hours", "participatory-hours", "practice-hours"], actions.Select(a => a.GetAttribute("data-next-step")));
        Assert.StartsWith("Log 23.5 more CPD hours before 1 March 2027.", actions[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(
            [$"/Activities/Add?registration={id}", $"/Activities/Add?registration={id}", $"/Records/PracticeHours/Add?registration={id}"],
            actions.Select(a => a.QuerySelector("a")!.GetAttribute("href")));

        // Every remaining step links to its form too.
        var all = document.QuerySelectorAll("[data-testid='next-steps'] > li").ToDictionary(li => li.GetAttribute("data-next-step")!, li => li.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"/Records/Feedback/Add?registration={id}", all["feedback"]);
        Assert.Equal($"/Records/Reflections/Add?registration={id}", all["reflective-accounts"]);
        Assert.Equal($"/Records/Discussions/Add?registration={id}", all["reflective-discussion"]);
        Assert.Equal($"/Records/Confirmations/Add?registration={id}", all["confirmation"]);
        Assert.Equal($"/Records/Declarations/Add?registration={id}&kind=HealthAndCharacter", all["health-character"]);
        Assert.Equal($"/Records/Declarations/Add?registration={id}&kind=Indemnity", all["indemnity"]);
    }

    [Fact]
    public async Task NextStepLink_OpensTheFormPreselectedAndReturnsToTheRegistration()
    {
        var (pages, _, id) = await NurseWithRecordsAsync("progress-link@example.nhs.uk");
        var url = $"/Records/Declarations/Add?registration={id}&kind=Indemnity";

        var form = await ParseAsync(await pages.GetPageAsync(url));
        Assert.Equal("Indemnity", form.QuerySelector("select[name='Input.Kind'] option[selected]")?.GetAttribute("value"));
        var response = await pages.SubmitFormAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Registrations/Details?id={id}", response.Headers.Location?.OriginalString);
        var details = await ParseAsync(await pages.GetPageAsync($"/Registrations/Details?id={id}"));
        Assert.Null(details.QuerySelector("[data-next-step='indemnity']"));

        var feedback = await ParseAsync(await pages.GetPageAsync($"/Records/Feedback/Add?registration={id}&source=Patient"));
        Assert.Equal("Patient", feedback.QuerySelector("select[name='Input.Source'] option[selected]")?.GetAttribute("value"));

        // A registration that is not the user's (or no registration) leaves the usual destination.
        var other = await pages.SubmitFormAsync($"/Records/Declarations/Add?registration={Guid.NewGuid()}&kind=Indemnity");
        Assert.Equal("/Records/Declarations", other.Headers.Location?.OriginalString);
        // Nonsense in the query is ignored: the form keeps its default kind (health and character, which needs a statement).
        var junkUrl = "/Records/Declarations/Add?registration=not-a-guid&kind=Nonsense";
        var junkForm = await ParseAsync(await pages.GetPageAsync(junkUrl));
        Assert.Equal("HealthAndCharacter", junkForm.QuerySelector("select[name='Input.Kind'] option[selected]")?.GetAttribute("value"));
        var junk = await pages.SubmitFormAsync(junkUrl, new() { ["Input.Statement"] = "Nothing to declare" });
        Assert.Equal("/Records/Declarations", junk.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task DashboardAndRegistrationsList_LinkToTheRegistrationPage_AndDashboardStepsLinkToForms()
    {
        var (pages, _, id) = await NurseWithRecordsAsync("progress-links@example.nhs.uk");

        var dashboard = await ParseAsync(await pages.GetPageAsync("/Dashboard"));
        var list = await ParseAsync(await pages.GetPageAsync("/Registrations"));

        Assert.Equal($"/Registrations/Details?id={id}", dashboard.QuerySelector("[data-testid='registration-details-link']")!.GetAttribute("href"));
        Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Registrations/Details?id={id}");
        var steps = dashboard.QuerySelectorAll("[data-testid='next-steps'] > li").ToList();
        Assert.Equal(9, steps.Count);
        Assert.All(steps, li => Assert.StartsWith("/", li.QuerySelector("a[data-testid='next-step-link']")!.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal($"/Records/PracticeHours/Add?registration={id}", steps.Single(s => s.GetAttribute("data-next-step") == "practice-hours").QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Details_AnotherUsersOrMalformedId_IsNotFound()
    {
        var (_, _, id) = await NurseWithRecordsAsync("progress-owner@example.nhs.uk");
        var intruder = await _factory.CreateSignedInFormClientAsync("progress-intruder@example.nhs.uk");

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Registrations/Details?id={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync("/Registrations/Details?id=nonsense")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync("/Registrations/Details")).StatusCode);
    }

    [Fact]
    public async Task Portfolio_PrintsTheSameProgressFiguresAsTheRegistrationPage()
    {
        var (pages, api, id) = await NurseWithRecordsAsync("progress-pdf@example.nhs.uk");
        var document = await ParseAsync(await pages.GetPageAsync($"/Registrations/Details?id={id}"));

        var response = await api.PostAsJsonAsync("/api/v1/portfolios", new { registrationId = id, includePrivate = true });
        response.EnsureSuccessStatusCode();
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = await PdfText.DrawnTextAsync(pdf);

        Assert.Contains("Progress over the cycle", text, StringComparison.Ordinal);
        var series = document.QuerySelectorAll("[data-progress]").ToList();
        Assert.Equal(5, series.Count);
        foreach (var chart in series)
        {
            var title = chart.QuerySelector("h3")!.TextContent;
            Assert.Contains(title, text, StringComparison.Ordinal);
            foreach (var (date, done, pace) in Rows(chart))
            {
                var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
                var suffix = date == "2027-01-15" ? " (today)" : date == "2027-03-01" ? " (deadline)" : "";
                Assert.Contains($"{day}{suffix} {done} {pace}", text, StringComparison.Ordinal);
            }
        }

        Assert.Contains("Done: 11.5", text, StringComparison.Ordinal);
        Assert.Contains("11.5 of 35 hours done; pace for 15 Jan 2027 33.5: behind the pace.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_NextSteps_LeaveOutWhatCannotBeDoneYet()
    {
        // Renewal in March 2029: on 15 January 2027 the confirmation (final 12 months) is not due, so it is no next step.
        var email = "progress-not-due@example.nhs.uk";
        var api = await _factory.CreateApiClientAsync(email);
        var registration = await api.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "NMC", registrationNumber = "56P5555P", anchorDate = "2029-03-31" });
        Assert.Equal(HttpStatusCode.Created, registration.StatusCode);
        var id = (await registration.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        var pages = await _factory.SignInFormClientAsync(email);

        var document = await ParseAsync(await pages.GetPageAsync($"/Registrations/Details?id={id}"));

        var steps = document.QuerySelectorAll("[data-testid='next-steps'] > li").Select(li => li.GetAttribute("data-next-step")).ToList();
        Assert.Contains("cpd-hours", steps);
        Assert.DoesNotContain("confirmation", steps);
    }

    private async Task<(FormClient Pages, HttpClient Api, Guid Id)> NurseWithRecordsAsync(string email)
    {
        var api = await _factory.CreateApiClientAsync(email);
        var registration = await api.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "NMC", registrationNumber = "55P5555P", anchorDate = "2027-03-31" });
        Assert.Equal(HttpStatusCode.Created, registration.StatusCode);
        var id = (await registration.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();

        await ActivityAsync(api, "2024-03-31", 3m, isPrivate: false);  // before the cycle
        await ActivityAsync(api, "2024-05-10", 3m, isPrivate: false);
        await ActivityAsync(api, "2024-05-10", 2.5m, isPrivate: false);
        await ActivityAsync(api, "2025-01-02", 4m, isPrivate: false);
        await ActivityAsync(api, "2025-06-01", 2m, isPrivate: true);
        foreach (var date in new[] { "2026-02-01", "2026-03-01" })
        {
            var reflection = RecordSamples.Valid("reflections", "Reflection " + date);
            reflection["date"] = date;
            Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/reflections", reflection)).StatusCode);
        }

        var feedback = RecordSamples.Valid("feedback", "Feedback");
        feedback["date"] = "2025-02-01";
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/feedback", feedback)).StatusCode);
        return (await _factory.SignInFormClientAsync(email), api, id);
    }

    private static async Task ActivityAsync(HttpClient api, string date, decimal hours, bool isPrivate)
    {
        var activity = RecordSamples.Valid("activities", $"Activity {date} {hours}");
        activity["startDate"] = date;
        activity["endDate"] = date;
        activity["hours"] = hours;
        activity["participatoryHours"] = 1m;
        activity["isPrivate"] = isPrivate;
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/activities", activity)).StatusCode);
    }

    private static List<(string Date, string Done, string Pace)> Rows(IElement chart) =>
        chart.QuerySelectorAll("[data-testid='progress-table'] tbody tr")
            .Select(tr => (tr.GetAttribute("data-date")!, tr.QuerySelector("[data-testid='done']")!.TextContent, tr.QuerySelector("[data-testid='pace']")!.TextContent))
            .ToList();

    private static async Task<IDocument> ParseAsync(string html) => await new HtmlParser().ParseDocumentAsync(html);
}
