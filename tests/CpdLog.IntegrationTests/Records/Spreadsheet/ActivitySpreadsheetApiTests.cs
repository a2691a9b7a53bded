namespace CpdLog.IntegrationTests.Records.Spreadsheet;

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CpdLog.Data;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Time;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary>The CPD log spreadsheet API: export, template and import (dry run and real) on a real database.</summary>
public sealed class ActivitySpreadsheetApiTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private const string Header = "Reference,Title,Start date,End date,Number of hours,Participatory hours,Method,Activity type,Topic\r\n";

    private static string UkDay(int offset) => TimeProvider.System.UkToday().AddDays(offset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Row(string title, string hours = "2", string participatory = "1", string start = "", string reference = "")
        => $"{reference},{title},{(start.Length > 0 ? start : UkDay(-5))},{UkDay(-5)},{hours},{participatory},Workshop,Professional activity,About {title}\r\n";

    private static MultipartFormDataContent Upload(byte[] bytes, string name = "log.csv")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string text, bool dryRun)
        => client.PostAsync($"/api/v1/activities/import?dryRun={(dryRun ? "true" : "false")}", Upload(Encoding.UTF8.GetBytes(text)));

    private Task<int> CountAsync(string email) => factory.WithDbAsync(async db =>
    {
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.Activities.OwnedBy(id).CountAsync();
    });

    private static List<string[]> Cells(byte[] file)
    {
        using var parser = new CsvParser(new StringReader(Encoding.UTF8.GetString(file)), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record!);
        }

        return rows;
    }

    [Fact]
    public async Task Export_HasOnlyTheCallersLiveActivities_WithFormulaCellsNeutralised_AsADatedUtf8File()
    {
        var owner = await factory.CreateApiClientAsync("csv-export-owner@example.nhs.uk");
        var other = await factory.CreateApiClientAsync("csv-export-other@example.nhs.uk");
        var formula = Unique("=HYPERLINK(\"http://evil.example\")");
        var plain = Unique("Budget masterclass");
        var binned = Unique("Binned course");
        await CreateAsync(owner, "activities", formula);
        await CreateAsync(owner, "activities", plain);
        var binnedId = await CreateIdAsync(owner, "activities", binned);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/activities/{binnedId}")).StatusCode);
        var othersTitle = Unique("Someone else's course");
        await CreateAsync(other, "activities", othersTitle);

        var response = await owner.GetAsync("/api/v1/activities/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"cpd-log-{TimeProvider.System.UkToday():yyyy-MM-dd}.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Cells(bytes[3..]);
        var title = rows[0].ToList().IndexOf("Title");
        var titles = rows.Skip(1).Select(r => r[title]).ToList();
        Assert.Equal(2, titles.Count);
        Assert.Contains("'" + formula, titles);
        Assert.Contains(plain, titles);
        Assert.DoesNotContain(titles, t => t.Contains(binned, StringComparison.Ordinal) || t.Contains(othersTitle, StringComparison.Ordinal));
        Assert.All(rows.Skip(1), r => Assert.Matches("^A[0-9]+$", r[0]));
    }

    [Fact]
    public async Task Template_IsTheHeadingRow()
    {
        var client = await factory.CreateApiClientAsync("csv-template@example.nhs.uk");

        var response = await client.GetAsync("/api/v1/activities/import-template.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("cpd-log-import-template.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var rows = Cells((await response.Content.ReadAsByteArrayAsync())[3..]);
        var heading = Assert.Single(rows);
        Assert.Equal(["Reference", "Start date", "End date", "Title"], heading[..4]);
        Assert.Contains("Link to the Code", heading);
        Assert.Contains("Participatory hours", heading);
        Assert.Contains("Evidence", heading);
    }

    [Fact]
    public async Task DryRun_WithBadRows_ReturnsEveryErrorByRowAndField_AndSavesNothing_ThenTheRealImportRefusesIt()
    {
        const string email = "csv-dry-run@example.nhs.uk";
        var client = await factory.CreateApiClientAsync(email);
        var text = Header
            + Row("Good course")
            + Row("Bad dates", start: "31/02/2026", participatory: "5")
            + Row("", hours: "")
            + Row("Future course", start: UkDay(-5)).Replace($",{UkDay(-5)},2,", $",{UkDay(3)},2,", StringComparison.Ordinal);

        var response = await ImportAsync(client, text, dryRun: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.False(report.GetProperty("saved").GetBoolean());
        Assert.Equal(4, report.GetProperty("rowCount").GetInt32());
        Assert.Equal(1, report.GetProperty("importCount").GetInt32());
        var errors = report.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Field: e.GetProperty("field").GetString(), Message: e.GetProperty("message").GetString()))
            .ToList();
        Assert.Contains((3, "startDate", "Enter the start date as a UK date, like 31/03/2026"), errors);
        Assert.Contains((4, "title", "Enter a title"), errors);
        Assert.Contains((4, "hours", "Enter the number of hours, more than 0"), errors);
        Assert.Contains(errors, e => e.Row == 5 && e.Field == "endDate" && e.Message!.StartsWith("The end date cannot be in the future", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Row == 2);
        Assert.Equal(0, await CountAsync(email));

        var real = await ImportAsync(client, text, dryRun: false);

        Assert.Equal(HttpStatusCode.BadRequest, real.StatusCode);
        Assert.Equal("application/problem+json", real.Content.Headers.ContentType?.MediaType);
        var problem = await real.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Enter the start date as a UK date, like 31/03/2026", FirstError(problem.GetProperty("errors"), "row3.startDate"));
        Assert.Equal("Enter a title", FirstError(problem.GetProperty("errors"), "row4.title"));
        Assert.Equal("Nothing was imported", problem.GetProperty("title").GetString());
        Assert.False(problem.GetProperty("report").GetProperty("saved").GetBoolean());
        Assert.Equal(0, await CountAsync(email));
    }

    [Fact]
    public async Task RealImport_SavesEveryRowInFileOrder_AndReimportingTheExportSkipsThem()
    {
        const string email = "csv-import@example.nhs.uk";
        var client = await factory.CreateApiClientAsync(email);
        await CreateAsync(client, "activities", "Already here");
        var first = Unique("Imported first");
        var second = Unique("=Imported second");

        var response = await ImportAsync(client, Header + Row(first, reference: "A99") + "\r\n" + Row(second), dryRun: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(report.GetProperty("saved").GetBoolean());
        Assert.Equal(2, report.GetProperty("importCount").GetInt32());
        Assert.Equal(
            [(2, "A2"), (4, "A3")],
            report.GetProperty("imported").EnumerateArray().Select(i => (i.GetProperty("row").GetInt32(), i.GetProperty("reference").GetString())));
        Assert.Equal("2 activities imported into your CPD log.", report.GetProperty("message").GetString());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/activities");
        var saved = list.EnumerateArray().Single(a => a.GetProperty("title").GetString() == second);
        Assert.Equal(2m, saved.GetProperty("hours").GetDecimal());
        Assert.Equal("Workshop", saved.GetProperty("method").GetString());
        Assert.Equal("ProfessionalActivity", saved.GetProperty("activityType").GetString());
        Assert.Equal(3, await CountAsync(email));

        var export = await (await client.GetAsync("/api/v1/activities/export.csv")).Content.ReadAsByteArrayAsync();
        var again = await client.PostAsync("/api/v1/activities/import?dryRun=false", Upload(export));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second2 = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, second2.GetProperty("importCount").GetInt32());
        Assert.Equal(
            ["A1", "A2", "A3"],
            second2.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("reference").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(3, await CountAsync(email));

        // An edited row of the export is a different activity: it is added with a new reference.
        var edited = Encoding.UTF8.GetString(export).Replace(first, first + " (part 2)", StringComparison.Ordinal);
        var third = await (await ImportAsync(client, edited, dryRun: false)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, third.GetProperty("importCount").GetInt32());
        Assert.Equal("A4", third.GetProperty("imported")[0].GetProperty("reference").GetString());
        Assert.Equal(2, third.GetProperty("skipped").GetArrayLength());
        Assert.Equal(4, await CountAsync(email));
    }

    public static TheoryData<string, byte[]> BadFiles => new()
    {
        { "The file must be smaller than 2 MB", Encoding.UTF8.GetBytes(Header + new string('x', 2 * 1024 * 1024)) },
        { "The file is not a CSV file", [.. "%PDF-1.7\n"u8, 0x00, 0xFF, 0x10, 0x00] },
        { "The file is an Excel workbook", [.. "PK\u0003\u0004"u8, 0x14, 0x00] },
        { "The file is not UTF-8 text", [.. "Title,Topic\r\nCaf"u8, 0xE9] },
        { "The file is empty", [] },
        { "The first row must be the column headings", Encoding.UTF8.GetBytes(Row("No heading row")) },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_FileThatCannotBeRead_Is400ProblemDetails_AndSavesNothing(string message, byte[] bytes)
    {
        var email = $"csv-bad-{Guid.NewGuid():N}@example.nhs.uk";
        var client = await factory.CreateApiClientAsync(email);

        foreach (var dryRun in new[] { "true", "false" })
        {
            var response = await client.PostAsync($"/api/v1/activities/import?dryRun={dryRun}", Upload(bytes));

            Assert.StartsWith(message, FirstError(await ValidationErrorsAsync(response), "file"), StringComparison.Ordinal);
        }

        Assert.Equal(0, await CountAsync(email));
    }

    [Fact]
    public async Task Import_WithoutAFileOrWithAWrongDryRun_Is400ProblemDetails()
    {
        var client = await factory.CreateApiClientAsync("csv-no-file@example.nhs.uk");

        var noFile = await client.PostAsync("/api/v1/activities/import?dryRun=true", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Assert.Equal("Choose a CSV file to import", FirstError(await ValidationErrorsAsync(noFile), "file"));

        var wrong = await client.PostAsync("/api/v1/activities/import?dryRun=maybe", Upload(Encoding.UTF8.GetBytes(Header + Row("x"))));
        Assert.StartsWith("Enter dryRun=true", FirstError(await ValidationErrorsAsync(wrong), "dryRun"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithACookieButNoAntiforgeryToken_IsRefused()
    {
        var client = await factory.CreateSignedInFormClientAsync("csv-csrf@example.nhs.uk");

        var response = await client.Http.PostAsync("/api/v1/activities/import?dryRun=false", Upload(Encoding.UTF8.GetBytes(Header + Row("Forged"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync("csv-csrf@example.nhs.uk"));
    }
}
