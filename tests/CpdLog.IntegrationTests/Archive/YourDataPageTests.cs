namespace CpdLog.IntegrationTests.Archive;

using System.Net;
using CpdLog.IntegrationTests.Records;

/// <summary>The "Your data" page: download the archive, import one (counts shown), and a bad one shows the NHS error summary.</summary>
public sealed class YourDataPageTests(TwoInstancesFixture fixture) : IClassFixture<TwoInstancesFixture>
{
    private const string Page = "/Identity/Account/Manage/YourData";

    [Fact]
    public async Task Page_DownloadsAnArchive_ImportsOneWithCounts_AndRefusesABadOneWithAnErrorSummary()
    {
        var zip = await fixture.ArchiveAsync();
        var client = await fixture.Target.CreateSignedInFormClientAsync("your-data@example.nhs.uk");

        var html = await client.GetPageAsync(Page);
        Assert.Contains("Download your archive", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Identity/Account/Manage/YourData\"", html, StringComparison.Ordinal);
        var download = await client.GetAsync(Page + "?handler=Download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        Assert.Contains(ArchiveBytes.Entries(await download.Content.ReadAsByteArrayAsync()), e => e.Name == "manifest.json");

        var bad = ArchiveBytes.Rewrite(zip, e => e.Add(("../escape.txt", "x"u8.ToArray())), rehash: true);
        var refused = await client.SubmitFormAsync(Page, file: ("Upload", "archive.zip", bad), formSelector: "form[data-testid=archive-upload]");
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains(PageHelpers.ErrorSummary(refusedHtml), m => m.Contains("unsafe name", StringComparison.Ordinal));
        Assert.DoesNotContain("data-testid=\"archive-imported\"", refusedHtml, StringComparison.Ordinal);

        var imported = await client.SubmitFormAsync(Page, file: ("Upload", "archive.zip", zip), formSelector: "form[data-testid=archive-upload]");
        var importedHtml = await imported.Content.ReadAsStringAsync();
        Assert.Contains("Archive imported", importedHtml, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"imported-activities\">[1-9][0-9]*<", importedHtml);
        Assert.Empty(PageHelpers.ErrorSummary(importedHtml));

        var again = await client.SubmitFormAsync(Page, file: ("Upload", "archive.zip", zip), formSelector: "form[data-testid=archive-upload]");
        Assert.Contains("Nothing new to import", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
