namespace CpdLog.IntegrationTests.Records;

using System.Net;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Records.PageHelpers;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary><c>/Evidence/Edit/{id}</c>: a file's description, number of pages and standards (issue 12 item 6).</summary>
public sealed partial class EvidencePagesTests
{
    [Fact]
    public async Task EvidenceEditPage_SavesDescriptionPagesAndStandards_AndReturnsToTheRecord()
    {
        var pages = await factory.CreateSignedInFormClientAsync("evdetails-owner@example.nhs.uk");
        var (activity, evidenceId) = await ActivityWithEvidenceAsync(pages, "attendance.pdf");
        var details = RecordPage("activities", activity);
        var edit = $"/Evidence/Edit/{evidenceId}";
        Assert.Contains($"href=\"{edit}\"", await pages.GetPageAsync(details)); // the panel links to it

        var html = Decode(await pages.GetPageAsync(edit));
        Assert.Contains("attendance.pdf", html);
        Assert.Equal("", InputValue(html, "Input.Description"));

        var response = await pages.SubmitFormAsync(edit, new()
        {
            ["Input.Description"] = "  Certificate of attendance  ", ["Input.Pages"] = "3", ["Input.Standards"] = "1, 2, 4",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(details, response.Headers.Location?.OriginalString);
        Assert.Contains("Evidence details saved: attendance.pdf", Decode(await pages.GetPageAsync(details)));
        var stored = await factory.WithDbAsync(db => db.EvidenceFiles.AsNoTracking().SingleAsync(e => e.Id == evidenceId));
        Assert.Equal(("Certificate of attendance", (int?)3, "1, 2, 4"), (stored.Description, stored.Pages, stored.Standards));

        // Shown again on the page; clearing the number of pages is allowed.
        html = Decode(await pages.GetPageAsync(edit));
        Assert.Equal("Certificate of attendance", InputValue(html, "Input.Description"));
        Assert.Equal("3", InputValue(html, "Input.Pages"));
        Assert.Equal("1, 2, 4", InputValue(html, "Input.Standards"));
        Assert.Equal(HttpStatusCode.Redirect, (await pages.SubmitFormAsync(edit, new() { ["Input.Pages"] = "" })).StatusCode);
        stored = await factory.WithDbAsync(db => db.EvidenceFiles.AsNoTracking().SingleAsync(e => e.Id == evidenceId));
        Assert.Equal(("Certificate of attendance", (int?)null, "1, 2, 4"), (stored.Description, stored.Pages, stored.Standards));
    }

    [Theory]
    [InlineData("0", "", "Number of pages must be between 1 and 10,000, or left blank", "Input_Pages")]
    [InlineData("10001", "", "Number of pages must be between 1 and 10,000, or left blank", "Input_Pages")]
    [InlineData("three", "", "Enter the number of pages as a whole number, like 3", "Input_Pages")]
    [InlineData("2.5", "", "Enter the number of pages as a whole number, like 3", "Input_Pages")]
    [InlineData("", "long-description", "Description must be 500 characters or fewer", "Input_Description")]
    [InlineData("", "long-standards", "Standards must be 200 characters or fewer", "Input_Standards")]
    public async Task EvidenceEditPage_BadInput_IsShownInTheErrorSummary_AndNothingIsSaved(string pagesValue, string text, string message, string field)
    {
        var pages = await factory.CreateSignedInFormClientAsync($"evdetails-errors-{Guid.NewGuid():N}@example.nhs.uk");
        var (_, evidenceId) = await ActivityWithEvidenceAsync(pages, "audit.pdf");
        var edit = $"/Evidence/Edit/{evidenceId}";
        var description = text == "long-description" ? new string('d', 501) : "Kept description";
        var standards = text == "long-standards" ? new string('1', 201) : "3";

        var response = await pages.SubmitFormAsync(edit, new() { ["Input.Description"] = description, ["Input.Pages"] = pagesValue, ["Input.Standards"] = standards });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal([message], ErrorSummary(html));
        Assert.Equal(message, FieldError(html, field));
        Assert.Contains($"href=\"#{field}\"", html);
        Assert.Equal(description, InputValue(html, "Input.Description")); // what was typed is kept
        var stored = await factory.WithDbAsync(db => db.EvidenceFiles.AsNoTracking().SingleAsync(e => e.Id == evidenceId));
        Assert.Equal(("", (int?)null, ""), (stored.Description, stored.Pages, stored.Standards));
    }

    [Fact]
    public async Task EvidenceEditPage_AnotherUsersEvidence_OrAnUnknownId_Is404_AndNothingChanges()
    {
        var owner = await factory.CreateSignedInFormClientAsync("evdetails-a@example.nhs.uk");
        var (_, evidenceId) = await ActivityWithEvidenceAsync(owner, "a-only.pdf");
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitFormAsync($"/Evidence/Edit/{evidenceId}", new() { ["Input.Description"] = "A's words" })).StatusCode);
        var intruder = await factory.CreateSignedInFormClientAsync("evdetails-b@example.nhs.uk");

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/Evidence/Edit/{evidenceId}")).StatusCode);
        // B's own page gives B a valid token; the target is A's file, as a tampered form would send it.
        var post = await intruder.PostFormAsync(
            $"/Evidence/Edit/{evidenceId}", new() { ["Input.Description"] = "B was here", ["Input.Pages"] = "9", ["Input.Standards"] = "5" }, "/Activities/Add");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/Evidence/Edit/{Guid.NewGuid()}")).StatusCode);

        var stored = await factory.WithDbAsync(db => db.EvidenceFiles.AsNoTracking().SingleAsync(e => e.Id == evidenceId));
        Assert.Equal(("A's words", (int?)null, ""), (stored.Description, stored.Pages, stored.Standards));
    }

    /// <summary>A new activity with one file uploaded through its Details page; the file's id from the download link.</summary>
    private static async Task<(Guid Activity, Guid Evidence)> ActivityWithEvidenceAsync(Infrastructure.FormClient pages, string fileName)
    {
        var activity = await CreateIdAsync(pages.Http, "activities", Unique("Evidence details host"));
        var details = RecordPage("activities", activity);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadThroughPageAsync(pages, details, Pdf, fileName)).StatusCode);
        var link = DownloadLink().Match(await pages.GetPageAsync(details));
        Assert.True(link.Success, "download link listed");
        return (activity, Guid.Parse(link.Groups[1].Value["/Evidence/Download/".Length..]));
    }
}
