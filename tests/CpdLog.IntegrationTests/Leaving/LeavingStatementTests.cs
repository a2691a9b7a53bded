namespace CpdLog.IntegrationTests.Leaving;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CpdLog.Core.Funding;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.IntegrationTests.Portfolio;
using CpdLog.IntegrationTests.Records;
using CpdLog.Web.Features.Funding;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Issue 17 part 4: "If I move employer". The page, its PDF and <c>GET /api/v1/me/leaving-statement</c> show the
/// figures of HR's leaver statement for the same person, date and reason; bad input gets a clear error.
/// </summary>
public sealed class LeavingStatementTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private static readonly HtmlParser Parser = new();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(HttpClient Api, FormClient Page, string Id, LeavingSeed.Agreement Agreement)> LeaverAsync(string prefix)
    {
        var api = await factory.CreateApiClientAsync($"{prefix}-manager@example.nhs.uk");
        var page = await factory.SignInFormClientAsync($"{prefix}-manager@example.nhs.uk");
        await factory.CreateApiClientAsync($"{prefix}-lm@example.nhs.uk");
        await factory.CreateApiClientAsync($"{prefix}-bh@example.nhs.uk");
        var id = await factory.UserIdAsync($"{prefix}-manager@example.nhs.uk");
        var agreement = await LeavingSeed.CompletedAgreementAsync(factory, id,
            await factory.UserIdAsync($"{prefix}-lm@example.nhs.uk"), await factory.UserIdAsync($"{prefix}-bh@example.nhs.uk"), "CIPFA Certificate in IPSAS");
        return (api, page, id, agreement);
    }

    private async Task<List<LeaverLine>> HrStatementAsync(string userId, DateOnly date, LeavingReason reason)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FundingAdminService>().LeaverStatementAsync(userId, date, reason, CancellationToken.None);
    }

    [Fact]
    public async Task Statement_ShowsHrLeaverFigures_OnThePage_InThePdf_AndInTheApi()
    {
        var (api, page, id, agreement) = await LeaverAsync("leave-same");
        await RecordSamples.CreateAsync(api, "activities", "Costing workshop");
        var qualification = RecordSamples.Valid("qualifications", "CIPFA Professional Qualification");
        qualification["fundingRequestIds"] = new[] { agreement.RequestId.ToString() };
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/qualifications", qualification)).StatusCode);

        // 13 complete months after completion: the 24-month tier, 50% of £1,450.00.
        var leaving = agreement.CompletedOn.AddMonths(13);
        var hr = await HrStatementAsync(id, leaving, LeavingReason.Resignation);
        var hrTotal = Assert.Single(hr).Quote.Amount;
        Assert.Equal(725m, hrTotal);

        var json = await (await api.GetAsync($"/api/v1/me/leaving-statement?leavingDate={Iso(leaving)}&reason=Resignation")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(hrTotal, json.GetProperty("totalRepayable").GetDecimal());
        var line = Assert.Single(json.GetProperty("agreements").EnumerateArray().ToList());
        Assert.Equal(agreement.AcceptanceId, line.GetProperty("agreementId").GetGuid());
        Assert.Equal(hrTotal, line.GetProperty("repayable").GetDecimal());
        Assert.Equal(50m, line.GetProperty("percent").GetDecimal());
        Assert.Equal(LeavingSeed.Cost, line.GetProperty("costBasis").GetDecimal());
        Assert.Contains("50% within 24 months", line.GetProperty("schedule").GetString(), StringComparison.Ordinal);
        Assert.Contains("Redundancy", line.GetProperty("waivers").GetString(), StringComparison.Ordinal);
        Assert.Equal("/api/v1/me/archive", json.GetProperty("archiveUrl").GetString());
        var leaves = json.GetProperty("leavesWithYou").EnumerateArray().ToDictionary(c => c.GetProperty("kind").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(1, leaves["CPD activities"]);
        Assert.Equal(1, leaves["Qualifications"]);
        var stays = json.GetProperty("staysWithEmployer").EnumerateArray().ToDictionary(c => c.GetProperty("kind").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(1, stays["Funding requests"]);
        Assert.Equal(1, stays["Learning agreements"]);
        Assert.Equal(1, stays["Funding audit entries"]);
        var support = json.GetProperty("qualifications")[0].GetProperty("support")[0];
        Assert.Equal(agreement.RequestId, support.GetProperty("fundingRequestId").GetGuid());
        Assert.Contains("nothing more is paid", support.GetProperty("whatStops").GetString(), StringComparison.Ordinal);

        var html = Parser.ParseDocument(await page.GetPageAsync($"/Leaving?LeavingDate.Day={leaving.Day}&LeavingDate.Month={leaving.Month}&LeavingDate.Year={leaving.Year}&Reason=Resignation"));
        Assert.Equal("Total you would repay: £725.00", html.QuerySelector("[data-testid=total-repayable]")!.TextContent.Trim());
        Assert.Equal("£725.00", html.QuerySelector("[data-testid=repayable]")!.TextContent.Trim());
        Assert.Contains("CPD activities", html.QuerySelector("[data-testid=leaves-with-you]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Learning agreements", html.QuerySelector("[data-testid=stays-with-employer]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/api/v1/me/archive", html.QuerySelector("[data-testid=archive]")!.GetAttribute("href"));

        var pdf = await page.GetAsync(html.QuerySelector("[data-testid=statement-pdf]")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var text = string.Join(' ', PdfText.Pages(await pdf.Content.ReadAsByteArrayAsync()));
        Assert.Contains("Total repayable: £725.00", text, StringComparison.Ordinal);
        Assert.Contains("CIPFA Certificate in IPSAS", text, StringComparison.Ordinal);
        Assert.Contains("100% within 12 months of completion, 50% within 24 months of completion", text, StringComparison.Ordinal);
        Assert.Contains("CPD activities", text, StringComparison.Ordinal);
        Assert.Contains("Funding audit entries", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Verification code", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statement_AgreesWithHr_ForAWaiverAndBeforeCompletion()
    {
        var (api, _, id, agreement) = await LeaverAsync("leave-waive");
        foreach (var (date, reason, expected) in new[]
        {
            (agreement.CompletedOn.AddMonths(3), LeavingReason.Redundancy, 0m),
            (agreement.CompletedOn.AddDays(-1), LeavingReason.Resignation, LeavingSeed.Cost),
            (agreement.CompletedOn.AddMonths(25), LeavingReason.Resignation, 0m),
        })
        {
            var hr = (await HrStatementAsync(id, date, reason)).Sum(l => l.Quote.Amount);
            var json = await (await api.GetAsync($"/api/v1/me/leaving-statement?leavingDate={Iso(date)}&reason={reason}")).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((expected, expected), (hr, json.GetProperty("totalRepayable").GetDecimal()));
        }
    }

    [Fact]
    public async Task AnotherPersonsAgreements_NeverShowInYourStatement()
    {
        await LeaverAsync("leave-owner");
        var stranger = await factory.CreateApiClientAsync("leave-stranger@example.nhs.uk");
        var json = await (await stranger.GetAsync($"/api/v1/me/leaving-statement?leavingDate={Iso(TimeProvider.System.UkToday())}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(json.GetProperty("agreements").EnumerateArray());
        Assert.Equal(0m, json.GetProperty("totalRepayable").GetDecimal());
        Assert.All(json.GetProperty("staysWithEmployer").EnumerateArray(), c => Assert.Equal(0, c.GetProperty("count").GetInt32()));
    }

    [Theory]
    [InlineData("leavingDate=2027-02-30", "leavingDate", "real date")]
    [InlineData("leavingDate=31%2F03%2F2027", "leavingDate", "real date")]
    [InlineData("", "leavingDate", "Enter your leaving date")]
    [InlineData("leavingDate=2999-01-01", "leavingDate", "must be between")]
    [InlineData("leavingDate=2027-03-31&reason=Holiday", "reason", "Choose a reason")]
    [InlineData("leavingDate=2027-03-31&reason=None", "reason", "Choose a reason")]
    [InlineData("leavingDate=2027-03-31&reason=3", "reason", "Choose a reason")]
    public async Task Api_BadInput_IsAProblemDetails400(string query, string field, string message)
    {
        var api = await factory.CreateApiClientAsync($"leave-bad-{Guid.NewGuid():N}@example.nhs.uk");
        var response = await api.GetAsync($"/api/v1/me/leaving-statement?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(message, errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LeavingDate.Day=30&LeavingDate.Month=2&LeavingDate.Year=2027", "Leaving date must be a real date")]
    [InlineData("LeavingDate.Day=&LeavingDate.Month=&LeavingDate.Year=", "Enter your leaving date")]
    [InlineData("LeavingDate.Day=1&LeavingDate.Month=1&LeavingDate.Year=2999", "Leaving date must be between")]
    [InlineData("LeavingDate.Day=1&LeavingDate.Month=1&LeavingDate.Year=2027&Reason=Holiday", "Choose a reason for leaving from the list")]
    [InlineData("handler=Pdf&LeavingDate=2027-02-30", "Leaving date must be a real date")]
    public async Task Page_BadInput_ShowsTheErrorSummary(string query, string message)
    {
        var page = await factory.CreateSignedInFormClientAsync($"leave-page-{Guid.NewGuid():N}@example.nhs.uk");
        var response = await page.GetAsync($"/Leaving?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, html.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector("[data-testid=total-repayable]"));
    }
}
