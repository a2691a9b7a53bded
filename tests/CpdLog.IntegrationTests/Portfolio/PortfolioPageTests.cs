namespace CpdLog.IntegrationTests.Portfolio;

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CpdLog.Core.Portfolio;
using CpdLog.Core.Registrations;
using CpdLog.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

/// <summary>The Portfolios page as a signed-in nurse uses it, and generation under load.</summary>
[Collection(PortfolioCollection.Name)]
public sealed partial class PortfolioPageTests(PortfolioFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task PortfolioPage_DefaultsToCurrentCycleAndTemplateSections()
    {
        var (client, _) = await NurseAsync("page-defaults@example.nhs.uk");

        var html = await client.GetPageAsync("/Portfolio");

        // The period is shown in the NHS date input's day, month and year boxes.
        foreach (var (box, value) in new[] { ("From.Day", "1"), ("From.Month", "7"), ("From.Year", "2025"), ("To.Day", "30"), ("To.Month", "6"), ("To.Year", "2028") })
        {
            Assert.Contains($"name=\"Input.{box}\" type=\"text\" inputmode=\"numeric\" value=\"{value}\"", html, StringComparison.Ordinal);
        }
        Assert.Matches("value=\"CpdLog\" checked", html);
        Assert.Matches("value=\"ReflectiveAccounts\" checked", html);
        Assert.DoesNotMatch("value=\"FundedStudy\" checked", html);
        Assert.Contains("Include items I marked private", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortfolioPage_Download_ServesPdfThatVerifies_AndListsIt()
    {
        var (client, titles) = await NurseAsync("page-download@example.nhs.uk");

        var response = await PostDownloadAsync(client, "2025-07-01", "2028-06-30", ["RequirementsSummary", "CpdLog", "ReflectiveAccounts"]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("CpdLog-NMC-portfolio-2027-03-01.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var words = PdfText.Words(pdf);
        Assert.All(titles, t => Assert.True(PdfText.ContainsInOrder(words, t), $"Not found: {t}"));
        Assert.False(PdfText.ContainsInOrder(words, PortfolioFixture.PrivateTitle));

        var code = response.Headers.GetValues("X-Verification-Code").Single();
        var verdict = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/verify/{code}");
        Assert.True(verdict.GetProperty("genuine").GetBoolean());
        Assert.Equal("Page Nurse", verdict.GetProperty("issuedTo").GetString());

        var page = await client.GetPageAsync("/Portfolio");
        Assert.Contains(code, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortfolioPage_Download_PeriodBackwards_ShowsErrorSummary()
    {
        var (client, _) = await NurseAsync("page-badperiod@example.nhs.uk");

        var response = await PostDownloadAsync(client, "2027-01-01", "2026-01-01", ["CpdLog"]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("The end of the period must be the same as or after the start", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortfolioPage_NoSectionChosen_ShowsErrorSummary()
    {
        var (client, _) = await NurseAsync("page-nosection@example.nhs.uk");

        var response = await PostDownloadAsync(client, "2025-07-01", "2028-06-30", []);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Choose at least one section", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortfolioPage_HcpcTexts_SavedAndCounted_OverLimitFlaggedHereAndInPdf()
    {
        var email = "hcpc-texts@example.nhs.uk";
        var client = await app.CreateSignedInFormClientAsync(email);
        var userId = await app.UserIdAsync(email);
        var registration = new ProfessionalRegistration
        {
            OwnerId = userId, BodyCode = "HCPC", RegistrationNumber = "PA12345", AnchorDate = new DateOnly(2027, 8, 31),
            CreatedAt = PortfolioFixture.Today, UpdatedAt = PortfolioFixture.Today,
        };
        await app.WithDbAsync(async db =>
        {
            db.Registrations.Add(registration);
            return await db.SaveChangesAsync();
        });
        var summary = string.Join(' ', Enumerable.Repeat("Paramedic practice in urban ambulance service", 85)); // 510 words
        var statement = "I meet standard 1 by keeping a continuous, up-to-date record (E1).";

        var saved = await client.PostFormAsync("/Portfolio?handler=Texts", new()
        {
            ["Texts.RegistrationId"] = registration.Id.ToString(),
            ["Texts.SummaryOfPractice"] = summary,
            ["Texts.PersonalStatement"] = statement,
        }, $"/Portfolio?registrationId={registration.Id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var html = await client.GetPageAsync($"/Portfolio?registrationId={registration.Id}");
        Assert.Contains("data-maxwords=\"500\"", html, StringComparison.Ordinal);
        Assert.Contains("data-maxwords=\"1500\"", html, StringComparison.Ordinal);
        Assert.Contains("510 of 500 words: 10 over the limit", html, StringComparison.Ordinal);
        Assert.Contains("11 of 1,500 words", html, StringComparison.Ordinal);
        var texts = await app.WithDbAsync(db => Task.FromResult(db.PortfolioTexts.Single(t => t.RegistrationId == registration.Id)));
        Assert.Equal(510, WordCounter.Count(summary));
        Assert.Equal(summary, texts.SummaryOfPractice);

        var pdfResponse = await PostDownloadAsync(client, null, null, ["SummaryOfPractice", "PersonalStatement"], registration.Id, $"/Portfolio?registrationId={registration.Id}");
        Assert.Equal(HttpStatusCode.OK, pdfResponse.StatusCode);
        var text = string.Join("\n", PdfText.Pages(await pdfResponse.Content.ReadAsByteArrayAsync()));
        Assert.Contains("over the 500-word limit by 10", text, StringComparison.Ordinal);
        Assert.Contains("I meet standard 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortfolioPage_TextsForAnotherUsersRegistration_Is404()
    {
        await app.ReadyAsync();
        var (client, _) = await NurseAsync("texts-intruder@example.nhs.uk");

        var response = await client.PostFormAsync("/Portfolio?handler=Texts", new()
        {
            ["Texts.RegistrationId"] = app.RegistrationId.ToString(),
            ["Texts.SummaryOfPractice"] = "Not mine",
        }, "/Portfolio");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TwoConcurrentDownloads_BothSucceed_WhileOtherRequestsAreServed()
    {
        await app.ReadyAsync();
        var body = new { registrationId = app.RegistrationId, includePrivate = true };
        var clock = Stopwatch.StartNew();

        var first = app.Api.PostAsJsonAsync("/api/v1/portfolios", body);
        var second = app.Api.PostAsJsonAsync("/api/v1/portfolios", body);
        var servedMeanwhile = 0;
        var slowest = TimeSpan.Zero;
        var anonymous = app.CreateClient();
        do
        {
            var started = clock.Elapsed;
            var home = await anonymous.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            slowest = clock.Elapsed - started > slowest ? clock.Elapsed - started : slowest;
            if (!first.IsCompleted || !second.IsCompleted)
            {
                servedMeanwhile++;
            }
        }
        while (!first.IsCompleted || !second.IsCompleted);
        var renders = clock.Elapsed;

        var a = await first;
        var b = await second;
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        var codeA = a.Headers.GetValues("X-Verification-Code").Single();
        var codeB = b.Headers.GetValues("X-Verification-Code").Single();
        Assert.NotEqual(codeA, codeB);
        output.WriteLine($"Two renders took {renders.TotalMilliseconds:0} ms; {servedMeanwhile} GET / served meanwhile, slowest {slowest.TotalMilliseconds:0} ms");
        Assert.True(servedMeanwhile >= 1, $"No request was served during {renders.TotalMilliseconds:0} ms of rendering");
        Assert.True(slowest < TimeSpan.FromSeconds(2), $"GET / took {slowest.TotalMilliseconds:0} ms while rendering");
    }

    private async Task<(FormClient Client, IReadOnlyList<string> Titles)> NurseAsync(string email)
    {
        var client = await app.CreateSignedInFormClientAsync(email);
        var (_, titles) = await PortfolioFixture.SeedNurseAsync(app, email, "Page Nurse", "98Z7654A", activities: 12);
        return (client, titles);
    }

    /// <summary>Posts the download form as a browser would: several checkboxes share the name Input.Sections.</summary>
    private static async Task<HttpResponseMessage> PostDownloadAsync(
        FormClient client, string? from, string? to, string[] sections, Guid? registrationId = null, string pageUrl = "/Portfolio")
    {
        var page = await client.GetPageAsync(pageUrl);
        var token = TokenPattern().Match(page).Groups[1].Value;
        var id = registrationId?.ToString() ?? RegistrationPattern().Match(page).Groups[1].Value;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token),
            new("Input.RegistrationId", id),
            new("Input.IncludePrivate", "false"),
        };
        if (from is not null)
        {
            fields.Add(new("Input.From", from));
        }

        if (to is not null)
        {
            fields.Add(new("Input.To", to));
        }

        fields.AddRange(sections.Select(s => new KeyValuePair<string, string>("Input.Sections", s)));
        return await client.Http.PostAsync("/Portfolio?handler=Download", new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Input.RegistrationId\" value=\"([^\"]+)\"")]
    private static partial Regex RegistrationPattern();
}
