namespace CpdLog.IntegrationTests.Registrations;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.IntegrationTests.Portfolio;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary>
/// One gap computation end to end: an HCPC registrant with two gaps explains one; the compliance API, the dashboard
/// and the HCPC profile (read back from the PDF) agree, and the explanation never reaches /verify.
/// Today is frozen at 15 June 2026; the cycle is 1 September 2025 to 31 August 2027.
/// </summary>
public sealed class GapExplanationTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private const string Reason = "Parental leave";
    private const string Details = "Twelve weeks with our second child";

    [Fact]
    public async Task ExplainedGap_MeetsNothingElse_ShownInApiDashboardAndHcpcProfile_NeverOnVerify()
    {
        factory.Now = new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
        var pages = await factory.CreateSignedInFormClientAsync("hcpc-gaps@example.nhs.uk");
        var api = pages.Http;
        var registration = await api.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "HCPC", registrationNumber = "PA99887", anchorDate = "2027-08-31" });
        Assert.Equal(HttpStatusCode.Created, registration.StatusCode);
        var registrationId = (await registration.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await AddActivityAsync(api, "2025-09-01", "FormalEducational", "Sepsis update");
        await AddActivityAsync(api, "2026-01-15", "WorkBasedLearning", "Audit of handovers");
        await AddActivityAsync(api, "2026-06-01", "SelfDirectedLearning", "Reading on frailty");

        var explained = await api.PostAsJsonAsync("/api/v1/gap-explanations", new { from = "2026-01-16", to = "2026-05-31", reason = Reason, details = Details, isPrivate = false });
        Assert.Equal(HttpStatusCode.Created, explained.StatusCode);
        Assert.True((await explained.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isPrivate").GetBoolean());

        // Compliance API: two gaps, one explained; the unexplained one fails the requirement.
        var compliance = await api.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{registrationId}/compliance");
        var gaps = compliance.GetProperty("gaps").EnumerateArray().ToList();
        Assert.Equal(2, gaps.Count);
        Assert.Equal(("2025-09-02", "2026-01-14", false), (gaps[0].GetProperty("from").GetString(), gaps[0].GetProperty("to").GetString(), gaps[0].GetProperty("explained").GetBoolean()));
        Assert.Equal(("2026-01-16", "2026-05-31", true), (gaps[1].GetProperty("from").GetString(), gaps[1].GetProperty("to").GetString(), gaps[1].GetProperty("explained").GetBoolean()));
        Assert.Equal(Reason, gaps[1].GetProperty("explanations")[0].GetProperty("reason").GetString());
        var record = compliance.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "continuous-record");
        Assert.Equal(1m, record.GetProperty("achieved").GetDecimal());
        Assert.False(record.GetProperty("met").GetBoolean());
        Assert.DoesNotContain(Reason, record.GetProperty("nextStep").GetString());

        // Dashboard: both gaps, the explanation, and a link to explain the other.
        var dashboard = System.Net.WebUtility.HtmlDecode(await pages.GetPageAsync("/Dashboard"));
        Assert.Contains(Reason + ": " + Details, dashboard, StringComparison.Ordinal);
        Assert.Contains("/Records/GapExplanations/Add?from=2025-09-02&to=2026-01-14", dashboard, StringComparison.Ordinal);
        Assert.Contains("Not explained", dashboard, StringComparison.Ordinal);

        // HCPC profile: the summary's gap figure is the list's; the explanation is printed; no gap runs into the future.
        var response = await api.PostAsJsonAsync("/api/v1/portfolios", new { registrationId, sections = new[] { "RequirementsSummary", "ActivityList" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = string.Join("\n", PdfText.Pages(pdf));
        var words = PdfText.Words(pdf);
        Assert.Contains(Reason, text, StringComparison.Ordinal);
        Assert.Contains("Twelve weeks with our second child", text, StringComparison.Ordinal);
        Assert.Equal(1, Count(await PdfText.DrawnTextAsync(pdf), "explanation required"));
        Assert.Contains("2 gaps of 3 months or more, 1 not explained", text, StringComparison.Ordinal);
        Assert.True(PdfText.ContainsInOrder(words, "Continuous record (no unexplained gap of 3 months or more)"), text);
        Assert.True(PdfText.ContainsInOrder(words, "0 gaps 1 gap At risk Your record has 1 unexplained gap"), text); // the row's figures (its title, asserted above, wraps to more lines than its figures and is read after them) // the list's one unexplained gap; issue 14: a gap before the renewal date is at risk (was "Not met")
        Assert.True(PdfText.ContainsInOrder(words, "1 unexplained gap of 3 months or more (2 September 2025 to 14 January 2026)"), text);
        Assert.Equal(2, Count(text, "No CPD activity for")); // none after today (15 June 2026), though the period runs to 2027

        var code = response.Headers.GetValues("X-Verification-Code").Single();
        var verify = await factory.CreateClient().GetStringAsync($"/api/v1/verify/{code}");
        Assert.DoesNotContain(Reason, verify, StringComparison.Ordinal);
        var verifyPage = await factory.CreateClient().GetStringAsync($"/verify?code={code}");
        Assert.DoesNotContain(Reason, verifyPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplainingTheLastGap_MeetsTheContinuousRecord()
    {
        factory.Now = new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
        var api = await factory.CreateApiClientAsync("hcpc-gaps-met@example.nhs.uk");
        var registration = await api.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "HCPC", registrationNumber = "PA11223", anchorDate = "2027-08-31" });
        var registrationId = (await registration.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await AddActivityAsync(api, "2025-09-01", "FormalEducational", "Course");
        await AddActivityAsync(api, "2026-06-01", "WorkBasedLearning", "Project");

        (await api.PostAsJsonAsync("/api/v1/gap-explanations", new { from = "2025-09-02", to = "2026-05-31", reason = "Illness" })).EnsureSuccessStatusCode();

        var compliance = await api.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{registrationId}/compliance");
        var record = compliance.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "continuous-record");
        Assert.True(record.GetProperty("met").GetBoolean());
        Assert.True(compliance.GetProperty("gaps")[0].GetProperty("explained").GetBoolean());
    }

    [Theory]
    [InlineData("2027-03-30", HttpStatusCode.BadRequest)] // the day before the month end
    [InlineData("2027-03-31", HttpStatusCode.Created)] // the last day of the month
    [InlineData("2027-04-01", HttpStatusCode.BadRequest)] // the day after
    public async Task NmcRenewalDate_MustBeLastDayOfMonth(string anchor, HttpStatusCode expected)
    {
        var api = await factory.CreateApiClientAsync(Unique("nmc-anchor").Replace(' ', '-') + "@example.nhs.uk");

        var response = await api.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "NMC", registrationNumber = "12A3456E", anchorDate = anchor });

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Contains("last day of a month", FirstError(await ValidationErrorsAsync(response), "anchorDate"));
        }
    }

    [Fact]
    public async Task NmcRegistrationForm_HintSaysRenewalDatesAreMonthEnds()
    {
        var pages = await factory.CreateSignedInFormClientAsync("nmc-hint@example.nhs.uk");

        var html = await pages.GetPageAsync("/Registrations/Add?body=NMC");

        Assert.Contains("NMC renewal dates are always the last day of a month", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminAdoptsTemplate_InOneStep_OnceOnly_AndMembersCanRegister()
    {
        var admin = await factory.CreateApiClientAsync("adopt-admin@example.nhs.uk", "Admin");

        var adopted = await admin.PostAsync("/api/v1/admin/body-templates/IHM/adopt", null);
        var again = await admin.PostAsync("/api/v1/admin/body-templates/IHM/adopt", null);
        var unknown = await admin.PostAsync("/api/v1/admin/body-templates/NOPE/adopt", null);

        Assert.Equal(HttpStatusCode.Created, adopted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var member = await factory.CreateApiClientAsync("adopt-member@example.nhs.uk");
        var registration = await member.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "X-IHM", registrationNumber = "IHM1", anchorDate = "2026-01-01" });
        Assert.Equal(HttpStatusCode.Created, registration.StatusCode);
        var forbidden = await member.PostAsync("/api/v1/admin/body-templates/FEDIP/adopt", null);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task AdminBodiesPage_AdoptButton_AdoptsTemplate()
    {
        var admin = await factory.CreateSignedInFormClientAsync("adopt-admin-page@example.nhs.uk", "Admin");

        var response = await admin.PostFormAsync("/Admin/Bodies?handler=Adopt&key=APHA", [], "/Admin/Bodies");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await admin.GetPageAsync("/Admin/Bodies");
        Assert.Contains("Association of Professional Healthcare Analysts (X-APHA)", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    private static int Count(string text, string phrase) =>
        (text.Length - text.Replace(phrase, "", StringComparison.Ordinal).Length) / phrase.Length;

    private static async Task AddActivityAsync(HttpClient api, string date, string type, string title)
    {
        var activity = Valid("activities", title);
        activity["startDate"] = date;
        activity["endDate"] = date;
        activity["activityType"] = type;
        var response = await api.PostAsJsonAsync("/api/v1/activities", activity);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
