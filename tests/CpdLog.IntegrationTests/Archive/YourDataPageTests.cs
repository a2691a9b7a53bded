namespace CpdLog.IntegrationTests.Archive;

using System.Net;
using CpdLog.IntegrationTests.Records;
using Microsoft.EntityFrameworkCore;

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
        var afterwards = await client.GetPageAsync(Page);
        Assert.Contains("From your previous employer (read-only)", afterwards, StringComparison.Ordinal);
        Assert.Contains(fixture.PortfolioCode, afterwards, StringComparison.Ordinal);

        // The confirmation signed by e-mail on the old service leads to its imported sign-off: "imported, not verified here".
        var ownerId = await fixture.Target.UserIdAsync("your-data@example.nhs.uk");
        var signOffId = await fixture.Target.WithDbAsync(db => db.Confirmations.Where(c => c.OwnerId == ownerId && c.SignOffId != null).Select(c => c.SignOffId!.Value).SingleAsync());
        var redirect = await client.GetAsync($"/Registrations/SignOffs/Details/{signOffId}");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/Archive/ImportedSignOff/{signOffId}", redirect.Headers.Location?.OriginalString);
        var signOffPage = await client.GetPageAsync($"/Archive/ImportedSignOff/{signOffId}");
        Assert.Contains("Imported, not verified here", signOffPage, StringComparison.Ordinal);
        Assert.Contains("Grace Okafor", signOffPage, StringComparison.Ordinal);

        var again = await client.SubmitFormAsync(Page, file: ("Upload", "archive.zip", zip), formSelector: "form[data-testid=archive-upload]");
        Assert.Contains("Nothing new to import", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
