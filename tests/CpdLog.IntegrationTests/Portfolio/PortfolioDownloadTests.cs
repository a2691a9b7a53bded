namespace CpdLog.IntegrationTests.Portfolio;

using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using UglyToad.PdfPig;

/// <summary>Portfolios downloaded through the API and read back as a reader (or a checker) would.</summary>
[Collection(PortfolioCollection.Name)]
public sealed class PortfolioDownloadTests(PortfolioFixture app)
{
    [Fact]
    public async Task Download_Api_ServesPdfAttachmentWithBodyAndDateInFileName()
    {
        await app.ReadyAsync();

        var response = app.PdfResponse;

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("CpdLog-NMC-portfolio-2027-03-01.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(app.Pdf.Length, response.Content.Headers.ContentLength);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(app.Pdf, 0, 5), StringComparison.Ordinal);
        Assert.Matches("^[0-9A-Z]{5}-[0-9A-Z]{5}$", app.Code);
    }

    [Fact]
    public async Task Download_EveryLiveActivityTitleIsPresent_BinnedIsNot()
    {
        await app.ReadyAsync();

        var words = PdfText.Words(app.Pdf);

        Assert.Equal(60, app.ActivityTitles.Count);
        Assert.All(app.ActivityTitles, title => Assert.True(PdfText.ContainsInOrder(words, title), $"Not found: {title}"));
        Assert.True(PdfText.ContainsInOrder(words, PortfolioFixture.PrivateTitle));
        Assert.False(PdfText.ContainsInOrder(words, "Binned activity"));
        Assert.True(PdfText.ContainsInOrder(words, PortfolioFixture.DisplayName));
    }

    [Fact]
    public async Task Download_CpdLogTotals_EqualTheComplianceEndpointsAchievedHours()
    {
        await app.ReadyAsync();
        var compliance = await app.Api.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{app.RegistrationId}/compliance");
        decimal Achieved(string code) => compliance.GetProperty("requirements").EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == code).GetProperty("achieved").GetDecimal();

        var (count, hours, participatory) = CpdLogTotals(app.Pdf);

        Assert.Equal(61, count); // 60 + the private one (included in this download)
        Assert.Equal(Achieved("cpd-hours"), hours);
        Assert.Equal(Achieved("participatory-hours"), participatory);
    }

    [Fact]
    public async Task Download_WithoutPrivateItems_LeavesThemOutOfTextAndTotals()
    {
        await app.ReadyAsync();

        var response = await app.Api.PostAsJsonAsync("/api/v1/portfolios", new { registrationId = app.RegistrationId, includePrivate = false });
        response.EnsureSuccessStatusCode();
        var pdf = await response.Content.ReadAsByteArrayAsync();

        Assert.False(PdfText.ContainsInOrder(PdfText.Words(pdf), PortfolioFixture.PrivateTitle));
        var (count, hours, _) = CpdLogTotals(pdf);
        var (_, allHours, _) = CpdLogTotals(app.Pdf);
        Assert.Equal(60, count);
        Assert.Equal(allHours - 2m, hours);
    }

    [Fact]
    public async Task Download_PageCountIsSane_AndEveryPageFooterCarriesTheCode()
    {
        await app.ReadyAsync();

        var pages = PdfText.Pages(app.Pdf);

        Assert.InRange(pages.Count, 6, 60);
        Assert.All(pages, page => Assert.Contains($"Verification code {app.Code}", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Download_MetadataAndPdfAIdentificationAreSet()
    {
        await app.ReadyAsync();

        using var pdf = PdfDocument.Open(app.Pdf);

        Assert.Contains(PortfolioFixture.DisplayName, pdf.Information.Title, StringComparison.Ordinal);
        Assert.Equal(PortfolioFixture.DisplayName, pdf.Information.Author);
        Assert.Contains("Nursing and Midwifery Council", pdf.Information.Subject, StringComparison.Ordinal);
        Assert.Contains(app.Code, pdf.Information.Keywords, StringComparison.Ordinal);
        Assert.StartsWith("D:20270301103000", pdf.Information.CreationDate, StringComparison.Ordinal);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var xml = Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        Assert.Contains("pdfaid:part", xml, StringComparison.Ordinal);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        Assert.Contains("CPD log", titles);
        Assert.Contains("Practice-related feedback log", titles);
    }

    [Fact]
    public async Task Download_PassesQpdfCheck_AndEveryFontIsEmbedded()
    {
        await app.ReadyAsync();
        var path = Path.Combine(app.DataPath, "qpdf-check.pdf");
        await File.WriteAllBytesAsync(path, app.Pdf);

        var (qpdfExit, qpdfOutput) = await PdfTools.RunAsync("qpdf", "--check", path);
        var (fontsExit, fontsOutput) = await PdfTools.RunAsync("pdffonts", path);

        Assert.True(qpdfExit == 0, qpdfOutput);
        Assert.Contains("No syntax or stream encoding errors found", qpdfOutput, StringComparison.Ordinal);
        Assert.Equal(0, fontsExit);

        // name type encoding emb sub uni object ID: "emb" is the 5th column from the right.
        var rows = fontsOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(columns[^5] == "yes", "Font not embedded: " + row);
        });
    }

    [Fact]
    public async Task IssuedList_ShowsTheDownload_WithTheHashOfTheBytesServed()
    {
        await app.ReadyAsync();

        var list = await app.Api.GetFromJsonAsync<JsonElement>("/api/v1/portfolios");

        var item = list.EnumerateArray().Single(p => p.GetProperty("verificationCode").GetString() == app.Code);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(app.Pdf)), item.GetProperty("sha256").GetString());
        Assert.Equal(app.Pdf.Length, item.GetProperty("sizeBytes").GetInt64());
        Assert.Equal("2025-07-01", item.GetProperty("periodStart").GetString());
        Assert.Equal("2028-06-30", item.GetProperty("periodEnd").GetString());
    }

    [Fact]
    public async Task Download_AnotherUsersRegistration_Is404()
    {
        await app.ReadyAsync();
        var other = await app.CreateApiClientAsync("someone.else@example.nhs.uk");

        var response = await other.PostAsJsonAsync("/api/v1/portfolios", new { registrationId = app.RegistrationId });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Download_PeriodEndingBeforeItStarts_Is400WithFieldError()
    {
        await app.ReadyAsync();

        var response = await app.Api.PostAsJsonAsync("/api/v1/portfolios",
            new { registrationId = app.RegistrationId, from = "2026-05-01", to = "2026-04-30" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("to", out _), problem.ToString());
    }

    [Fact]
    public async Task Download_SectionNotInTheTemplate_Is400WithFieldError()
    {
        await app.ReadyAsync();

        var response = await app.Api.PostAsJsonAsync("/api/v1/portfolios",
            new { registrationId = app.RegistrationId, sections = new[] { "CpdLog", "PersonalStatement" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("sections", out _), problem.ToString());
    }

    [Fact]
    public async Task Download_ChosenPeriodAndSections_AreWhatIsPrinted()
    {
        await app.ReadyAsync();

        var response = await app.Api.PostAsJsonAsync("/api/v1/portfolios", new
        {
            registrationId = app.RegistrationId, from = "2026-01-01", to = "2026-06-30", sections = new[] { "CpdLog" },
        });
        response.EnsureSuccessStatusCode();
        var pdf = await response.Content.ReadAsByteArrayAsync();

        var text = string.Join("\n", PdfText.Pages(pdf));
        Assert.Contains("1 Jan 2026 to 30 Jun 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Written reflective accounts", text, StringComparison.Ordinal);
        var expected = app.ActivityTitles.Where((_, i) => new DateOnly(2025, 7, 10).AddDays(i * 9) is var d
            && d >= new DateOnly(2026, 1, 1) && d <= new DateOnly(2026, 6, 30)).Count();
        Assert.Equal(expected, CpdLogTotals(pdf).Count);
    }

    [Fact]
    public async Task OpenApi_DescribesPortfolioAndVerifyEndpoints()
    {
        var doc = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/portfolios", out var portfolios));
        Assert.True(portfolios.GetProperty("post").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/pdf", out _));
        Assert.True(paths.TryGetProperty("/api/v1/verify/{code}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/verify", out _));
    }

    /// <summary>
    /// The CPD log's totals row, read by position (<see cref="PdfText.RightAlignedColumn"/>), after checking that each
    /// printed total is the sum of the printed rows above it.
    /// </summary>
    internal static (int Count, decimal Hours, decimal Participatory) CpdLogTotals(byte[] pdf)
    {
        var hours = PdfText.RightAlignedColumn(pdf, "Participatory", "Hours");
        var participatory = PdfText.RightAlignedColumn(pdf, "Participatory", "Participatory", "hours");
        Assert.True(hours.Totals.Count == 1 && participatory.Totals.Count == 1, "No single CPD log totals row found");
        Assert.Equal(hours.Rows.Sum(), hours.Totals[0]);
        Assert.Equal(participatory.Rows.Sum(), participatory.Totals[0]);
        Assert.Equal(hours.Rows.Count, participatory.Rows.Count);
        return (hours.Rows.Count, hours.Totals[0], participatory.Totals[0]);
    }
}
