namespace CpdLog.IntegrationTests.Records.Spreadsheet;

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CpdLog.Data;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Records.PageHelpers;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary>The "Import from a spreadsheet" page driven as a browser would: check a file, see its errors, fix it, import.</summary>
public sealed partial class ActivityImportPageTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private const string Page = "/Activities/Import";

    private static string UkDay(int offset) => TimeProvider.System.UkToday().AddDays(offset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static byte[] File(params string[] rows) => Encoding.UTF8.GetBytes(
        "Title,Start date,End date,Number of hours,Method,Activity type,Topic\r\n" + string.Concat(rows.Select(r => r + "\r\n")));

    private static string Row(string title, string start) => $"{title},{start},{UkDay(-2)},3,Conference or seminar,Formal educational,About it";

    private Task<int> CountAsync(string email) => factory.WithDbAsync(async db =>
    {
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.Activities.OwnedBy(id).CountAsync();
    });

    [Fact]
    public async Task CheckFileWithErrors_ShowsThemByRowAndColumn_ThenTheFixedFileImportsAfterConfirming()
    {
        const string email = "csv-page@example.nhs.uk";
        var client = await factory.CreateSignedInFormClientAsync(email);
        var log = await client.GetPageAsync("/Activities");
        Assert.Contains("href=\"/api/v1/activities/export.csv\"", log);
        Assert.Contains("href=\"/Activities/Import\"", log);
        var start = await client.GetPageAsync(Page);
        Assert.Contains("href=\"/api/v1/activities/import-template.csv\"", start);
        var first = Unique("Regional finance conference");
        var second = Unique("Costing seminar");

        var checkedBad = await client.SubmitFormAsync(Page, file: ("Upload", "log.csv", File(Row(first, UkDay(-3)), Row(second, "3/13/2026"))));

        Assert.Equal(HttpStatusCode.OK, checkedBad.StatusCode);
        var html = await checkedBad.Content.ReadAsStringAsync();
        Assert.Equal(["The file has 1 error in 1 row. Fix them and check the file again. Nothing has been saved."], ErrorSummary(html));
        Assert.Equal(["3"], TestIds(html, "error-row"));
        Assert.Equal(["Start date"], TestIds(html, "error-column"));
        Assert.Equal(["Enter the start date as a UK date, like 31/03/2026"], TestIds(html, "error-message"));
        Assert.DoesNotContain("data-testid=\"import-confirm\"", html);
        Assert.Equal(0, await CountAsync(email));

        var checkedGood = await client.SubmitFormAsync(Page, file: ("Upload", "log.csv", File(Row(first, UkDay(-3)), Row(second, UkDay(-2)))));

        html = await checkedGood.Content.ReadAsStringAsync();
        Assert.Empty(ErrorSummary(html));
        Assert.Equal(["2 activities ready to import. Nothing has been saved yet."], TestIds(html, "import-message"));
        Assert.Contains("Import 2 activities</button>", html);
        Assert.Equal(0, await CountAsync(email));

        var confirm = await client.PostFormAsync(
            "/Activities/Import?handler=Import",
            new() { ["Checked"] = InputValue(html, "Checked")!, ["CheckedName"] = InputValue(html, "CheckedName")! },
            Page);

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal("/Activities", confirm.Headers.Location?.OriginalString);
        var after = Decode(await client.GetPageAsync("/Activities"));
        Assert.Contains("2 activities imported into your CPD log.", after);
        Assert.Contains(first, after);
        Assert.Contains(second, after);
        Assert.Equal(2, await CountAsync(email));

        var again = await client.SubmitFormAsync(Page, file: ("Upload", "log.csv", File(Row(first, UkDay(-3)), Row(second, UkDay(-2)))));
        html = await again.Content.ReadAsStringAsync();
        Assert.Equal(["Nothing to import: every row is already in your CPD log."], TestIds(html, "import-message"));
        Assert.DoesNotContain("data-testid=\"import-confirm\"", html);
    }

    [Fact]
    public async Task NoFileGarbageOrATamperedConfirm_ShowTheErrorSummary_NeverAnError500()
    {
        const string email = "csv-page-bad@example.nhs.uk";
        var client = await factory.CreateSignedInFormClientAsync(email);

        var none = await client.SubmitFormAsync(Page);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Equal(["Choose a CSV file to import"], ErrorSummary(await none.Content.ReadAsStringAsync()));

        var garbage = await client.SubmitFormAsync(Page, file: ("Upload", "log.xlsx", [.. "PK\u0003\u0004"u8, 0x14, 0x00, 0x08]));
        var html = await garbage.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
        Assert.StartsWith("The file is an Excel workbook, not a CSV file.", Assert.Single(ErrorSummary(html)), StringComparison.Ordinal);
        Assert.Contains("href=\"#Upload\"", html);
        Assert.Contains("id=\"Upload-error\"", html);

        var tampered = await client.PostFormAsync("/Activities/Import?handler=Import", new() { ["Checked"] = "not base64!" }, Page);
        Assert.Equal(HttpStatusCode.OK, tampered.StatusCode);
        Assert.Equal(["Choose the file and check it again before importing"], ErrorSummary(await tampered.Content.ReadAsStringAsync()));

        var badRows = Convert.ToBase64String(File(Row("", UkDay(-2))));
        var forged = await client.PostFormAsync("/Activities/Import?handler=Import", new() { ["Checked"] = badRows }, Page);
        html = await forged.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(["Nothing was imported: the file has 1 error in 1 row. Fix them and import the file again."], ErrorSummary(html));
        Assert.Equal(["Title"], TestIds(html, "error-column"));
        Assert.Equal(0, await CountAsync(email));
    }

    private static List<string> TestIds(string html, string testId)
        => [.. Regex.Matches(html, $"data-testid=\"{testId}\"[^>]*>([^<]*)<").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim())];
}
