namespace CpdLog.IntegrationTests.Records;

using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CpdLog.Core.Records;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Features.Records;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Records.PageHelpers;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary>
/// Evidence on every record kind, driven as a browser would: an activity's Details page has an upload form (posting to
/// the shared <c>/Evidence/Upload</c>); every other kind takes the file in its own Add/Edit form, saved with the
/// record. Then follow the redirect and download from the listed link.
/// </summary>
public sealed partial class EvidencePagesTests(SmallEvidenceLimitFactory factory) : IClassFixture<SmallEvidenceLimitFactory>
{
    private const string WrongType = "The selected file must be a PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) or plain text file";

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The start of a Windows executable.</summary>
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xB8];

    /// <summary>Every record type that takes evidence, from the descriptor list.</summary>
    private static readonly Dictionary<string, (RecordKind Kind, string Index)> Kinds =
        RecordTypes.Crud.Where(t => t.Kind is not null).ToDictionary(t => t.Slug, t => (t.Kind!.Value, t.IndexPath));

    public static TheoryData<string> AllKinds => [.. Kinds.Keys];

    /// <summary>Types with a Details page (activities, qualifications) list evidence there, with its own upload form.</summary>
    private static bool HasDetailsPage(string slug) => RecordTypes.BySlug(slug)!.DetailsPage is not null;

    /// <summary>Where a record's evidence is listed: the Details page, or the other types' Edit page.</summary>
    private static string RecordPage(string slug, Guid id) => $"{RecordTypes.BySlug(slug)!.RecordPage}/{id}";

    /// <summary>Where the browser lands after attaching: back on the Details page, or the list after saving the record.</summary>
    private static string AfterAttach(string slug, Guid id) => HasDetailsPage(slug) ? RecordPage(slug, id) : Kinds[slug].Index;

    /// <summary>Attaches a file the way the page offers it: the Details page's upload form, or the Edit form with the file.</summary>
    private static Task<HttpResponseMessage> AttachAsync(FormClient pages, string slug, Guid id, byte[] bytes, string name) =>
        HasDetailsPage(slug)
            ? UploadThroughPageAsync(pages, RecordPage(slug, id), bytes, name)
            : pages.SubmitFormAsync(RecordPage(slug, id), file: ("EvidenceUpload", name, bytes));

    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task Owner_UploadsThroughThePage_SeesItWithItsSha256_DownloadsTheSameBytes_AndCanBinIt(string slug)
    {
        var pages = await factory.CreateSignedInFormClientAsync($"evpages-{slug}@example.nhs.uk");
        var label = Unique("Evidence host");
        var id = await CreateIdAsync(pages.Http, slug, label);
        var recordPage = RecordPage(slug, id);
        Assert.Contains("data-testid=\"no-evidence\"", await pages.GetPageAsync(recordPage));

        var response = await AttachAsync(pages, slug, id, Pdf, "certificate.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AfterAttach(slug, id), response.Headers.Location?.OriginalString);
        var landed = Decode(await pages.GetPageAsync(AfterAttach(slug, id)));
        Assert.Contains(HasDetailsPage(slug) ? "Evidence added: certificate.pdf" : "with evidence certificate.pdf", landed);
        var html = Decode(await pages.GetPageAsync(recordPage));
        Assert.Contains(label, html); // the record's own values went back unchanged with the file
        Assert.Empty(ErrorSummary(html));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Pdf));
        Assert.Contains($"title=\"SHA-256 {hash}\"", html);
        Assert.Contains($"SHA-256 {hash[..12]}…", html);
        var link = DownloadLink().Match(html);
        Assert.True(link.Success, "download link listed");
        Assert.Contains(">certificate.pdf</a>", html);

        var download = await pages.GetAsync(link.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        var evidenceId = Guid.Parse(link.Groups[1].Value["/Evidence/Download/".Length..]);
        var stored = await factory.WithDbAsync(db => db.EvidenceFiles.SingleAsync(e => e.Id == evidenceId));
        Assert.Equal((Kinds[slug].Kind, id, hash), (stored.RecordKind, stored.RecordId, stored.Sha256));

        // The list shows the count on the record's row.
        var index = await pages.GetPageAsync(Kinds[slug].Index);
        Assert.Matches(EvidenceCount(slug == "activities" ? "Evidence: 1 file" : "1 file"), index);

        // Remove to the bin, back on the record's page.
        var removed = await pages.PostFormAsync($"/Evidence/Remove/{evidenceId}", [], recordPage);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(recordPage, removed.Headers.Location?.OriginalString);
        html = Decode(await pages.GetPageAsync(recordPage));
        Assert.Contains("Moved to the bin: certificate.pdf", html);
        Assert.Contains("data-testid=\"no-evidence\"", html);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync(link.Groups[1].Value)).StatusCode);
        Assert.NotNull(await factory.WithDbAsync(db => db.EvidenceFiles.Where(e => e.Id == evidenceId).Select(e => e.DeletedAt).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task ExecutableRenamedPdf_IsRefused_WithTheMessageOnTheRecordsPage_AndTheRecordIntact(string slug)
    {
        var pages = await factory.CreateSignedInFormClientAsync($"evpages-exe-{slug}@example.nhs.uk");
        var label = Unique("Kept record");
        var id = await CreateIdAsync(pages.Http, slug, label);
        var recordPage = RecordPage(slug, id);
        var before = await UpdatedAtAsync(slug, id);

        var response = await AttachAsync(pages, slug, id, Executable, "certificate.pdf");

        string html;
        var field = HasDetailsPage(slug) ? "Upload" : "EvidenceUpload";
        if (HasDetailsPage(slug))
        {
            // The separate upload form returns to the Details page, which shows the message once.
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(recordPage, response.Headers.Location?.OriginalString);
            html = await pages.GetPageAsync(recordPage);
        }
        else
        {
            // The record's own form comes back with the message; nothing is saved, the typed values are kept.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            html = await response.Content.ReadAsStringAsync();
        }

        Assert.Equal([WrongType], ErrorSummary(html));
        Assert.Equal(WrongType, FieldError(html, field));
        Assert.Contains($"href=\"#{field}\"", html);
        Assert.Contains($"id=\"{field}\"", html);
        Assert.Contains(label, Decode(html));
        Assert.Contains("data-testid=\"no-evidence\"", html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.RecordId == id)));
        Assert.Equal(before, await UpdatedAtAsync(slug, id));

        // The message is shown once, not on every later visit.
        Assert.Empty(ErrorSummary(await pages.GetPageAsync(recordPage)));
    }

    private Task<DateTimeOffset> UpdatedAtAsync(string slug, Guid id) =>
        factory.WithDbAsync(async db => ((OwnedRecord)(await db.FindAsync(RecordClr(slug), id))!).UpdatedAt);

    private static Type RecordClr(string slug) => Kinds[slug].Kind switch
    {
        RecordKind.Activity => typeof(CpdActivity),
        RecordKind.Reflection => typeof(ReflectiveAccount),
        RecordKind.Feedback => typeof(FeedbackEntry),
        RecordKind.PracticeHours => typeof(PracticeHoursEntry),
        RecordKind.Discussion => typeof(ReflectiveDiscussion),
        RecordKind.Confirmation => typeof(Confirmation),
        RecordKind.Qualification => typeof(Qualification),
        _ => typeof(Declaration),
    };

    [Fact]
    public async Task TooBigOrMissingFile_IsRefused_WithTheMessageOnThePage()
    {
        var pages = await factory.CreateSignedInFormClientAsync("evpages-big@example.nhs.uk");
        var big = Encoding.ASCII.GetBytes(new string('a', SmallEvidenceLimitFactory.MaxBytes + 1));

        // The Details page's upload form: a file is the whole point, so none is an error.
        var activity = await CreateIdAsync(pages.Http, "activities", "Big file host");
        var details = RecordPage("activities", activity);
        await UploadThroughPageAsync(pages, details, big, "notes.txt");
        Assert.Equal(["The selected file must be smaller than 4 KB"], ErrorSummary(await pages.GetPageAsync(details)));
        await UploadThroughPageAsync(pages, details, null, null);
        Assert.Equal(["Select a file"], ErrorSummary(await pages.GetPageAsync(details)));

        // A record's own form: too big is an error; no file just saves the record.
        var id = await CreateIdAsync(pages.Http, "confirmations", "Big file host");
        var edit = RecordPage("confirmations", id);
        var tooBig = await pages.SubmitFormAsync(edit, file: ("EvidenceUpload", "notes.txt", big));
        Assert.Equal(HttpStatusCode.OK, tooBig.StatusCode);
        Assert.Equal(["The selected file must be smaller than 4 KB"], ErrorSummary(await tooBig.Content.ReadAsStringAsync()));
        var none = await pages.SubmitFormAsync(edit);
        Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.RecordId == id || e.RecordId == activity)));
    }

    [Fact]
    public async Task AddPage_RecordAndFileSavedTogether_AndAFormErrorKeepsTheTextAndAsksForTheFileAgain()
    {
        var pages = await factory.CreateSignedInFormClientAsync("evpages-addform@example.nhs.uk");
        var summary = Unique("Thank-you card from a patient's family");
        var fields = new Dictionary<string, string>
        {
            ["Input.Date"] = Day(-3),
            ["Input.Source"] = "Patient",
            ["Input.Summary"] = summary,
            ["Input.HowUsed"] = "",
        };
        Assert.Contains("data-testid=\"evidence-field\"", await pages.GetPageAsync("/Records/Feedback/Add"));

        // "How you used it" is missing: the page comes back with the error, what was typed, and a note to choose the file again.
        var invalid = await pages.SubmitFormAsync("/Records/Feedback/Add", fields, ("EvidenceUpload", "card.pdf", Pdf));
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var html = Decode(await invalid.Content.ReadAsStringAsync());
        Assert.Single(ErrorSummary(html));
        Assert.Contains(summary, html);
        Assert.Contains("Choose ‘card.pdf’ again", html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.FileName == "card.pdf" && e.OwnerId == db.Users.Single(u => u.Email == "evpages-addform@example.nhs.uk").Id)));

        fields["Input.HowUsed"] = "Shared it at the team huddle.";
        var saved = await pages.SubmitFormAsync("/Records/Feedback/Add", fields, ("EvidenceUpload", "card.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("with evidence card.pdf", Decode(await pages.GetPageAsync("/Records/Feedback")));
        var record = await factory.WithDbAsync(db => db.Set<FeedbackEntry>().SingleAsync(f => f.Summary == summary));
        var file = await factory.WithDbAsync(db => db.EvidenceFiles.SingleAsync(e => e.RecordId == record.Id));
        Assert.Equal((RecordKind.Feedback, "card.pdf", Convert.ToHexStringLower(SHA256.HashData(Pdf))), (file.RecordKind, file.FileName, file.Sha256));
        Assert.Contains(">card.pdf</a>", await pages.GetPageAsync(RecordPage("feedback", record.Id)));

        // An activity can take its certificate on the Add page too.
        var title = Unique("HFMA costing masterclass");
        var activity = await pages.SubmitFormAsync("/Activities/Add", new() { ["Input.Title"] = title, ["Input.StartDate"] = Day(-10), ["Input.Hours"] = "3", ["Input.Description"] = "Service-line costing and PLICS." }, ("EvidenceUpload", "certificate.pdf", Pdf));
        Assert.True(activity.StatusCode == HttpStatusCode.Redirect, string.Join("; ", ErrorSummary(await activity.Content.ReadAsStringAsync())));
        Assert.Contains(">certificate.pdf</a>", await pages.GetPageAsync(activity.Headers.Location!.OriginalString));
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task AnotherUser_CannotUploadToTheRecord_NorSeeOrRemoveItsEvidence(string slug)
    {
        var owner = await factory.CreateSignedInFormClientAsync($"evpages-owner-{slug}@example.nhs.uk");
        var id = await CreateIdAsync(owner.Http, slug, "A's record");
        var recordPage = RecordPage(slug, id);
        Assert.Equal(HttpStatusCode.Redirect, (await AttachAsync(owner, slug, id, Pdf, "a-private.pdf")).StatusCode);
        var html = await owner.GetPageAsync(recordPage);
        var evidenceLink = DownloadLink().Match(html).Groups[1].Value;
        var evidenceId = evidenceLink["/Evidence/Download/".Length..];
        var intruder = await factory.CreateSignedInFormClientAsync($"evpages-intruder-{slug}@example.nhs.uk");

        // B's own page gives B a valid token; the target is A's record, as a tampered form would send it.
        var upload = await UploadThroughPageAsync(intruder, "/Activities/Add", Pdf, "b.pdf", (Kinds[slug].Kind.ToString(), id));

        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(recordPage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(evidenceLink)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostFormAsync($"/Evidence/Remove/{evidenceId}", [], "/Activities/Add")).StatusCode);
        Assert.DoesNotContain("a-private.pdf", await intruder.GetPageAsync(Kinds[slug].Index));
        Assert.DoesNotMatch(EvidenceCount("(Evidence: )?1 file"), await intruder.GetPageAsync(Kinds[slug].Index));

        var files = await factory.WithDbAsync(db => db.EvidenceFiles.Where(e => e.RecordId == id).ToListAsync());
        var file = Assert.Single(files);
        Assert.Equal("a-private.pdf", file.FileName);
        Assert.Null(file.DeletedAt);
        Assert.Contains("a-private.pdf", await owner.GetPageAsync(recordPage));
    }

    [Fact]
    public async Task Upload_ToTheOwnersRecordInTheBin_OrAnUnknownKind_Is404_AndTheUploadPageHasNoGet()
    {
        var pages = await factory.CreateSignedInFormClientAsync("evpages-binned@example.nhs.uk");
        var id = await CreateIdAsync(pages.Http, "reflections", "Binned host");
        var live = await CreateIdAsync(pages.Http, "reflections", "Live host");
        (await pages.Http.DeleteAsync($"/api/v1/reflections/{id}")).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, (await UploadThroughPageAsync(pages, "/Records/Reflections", Pdf, "x.pdf", ("Reflection", id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadThroughPageAsync(pages, "/Records/Reflections", Pdf, "x.pdf", ("Feedback", live))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadThroughPageAsync(pages, "/Records/Reflections", Pdf, "x.pdf", ("FundingRequest", live))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadThroughPageAsync(pages, "/Records/Reflections", Pdf, "x.pdf", ("Nonsense", live))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync("/Evidence/Upload")).StatusCode);
        // The activity page's old upload handler is gone: a stale form gets a 404, not an error page.
        var activity = await CreateIdAsync(pages.Http, "activities", "Old form host");
        Assert.Equal(HttpStatusCode.NotFound, (await pages.PostFormAsync($"/Activities/Details/{activity}?handler=Upload", [], $"/Activities/Details/{activity}")).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.RecordId == id || e.RecordId == live)));
    }

    [Fact]
    public async Task EditPage_WithAFormError_StillShowsTheEvidence()
    {
        var pages = await factory.CreateSignedInFormClientAsync("evpages-formerror@example.nhs.uk");
        var id = await CreateIdAsync(pages.Http, "feedback", "Feedback with evidence");
        await AttachAsync(pages, "feedback", id, Pdf, "card.pdf");

        var response = await pages.PostFormAsync($"/Records/Feedback/Edit/{id}", new() { ["Input.Date"] = Day(-1), ["Input.Source"] = "Manager", ["Input.Summary"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.NotEmpty(ErrorSummary(html));
        Assert.Contains(">card.pdf</a>", html);
    }

    /// <summary>
    /// Submits the upload form on <paramref name="pageUrl"/> (its action, its hidden record kind and id, its token)
    /// with one file, or with <paramref name="target"/> in place of the page's hidden fields.
    /// </summary>
    private static async Task<HttpResponseMessage> UploadThroughPageAsync(
        FormClient pages, string pageUrl, byte[]? bytes, string? name, (string Kind, Guid Id)? target = null)
    {
        var html = await pages.GetPageAsync(pageUrl);
        var token = FormClient.AntiforgeryToken(html);
        string action = "/Evidence/Upload", kind, id;
        if (target is { } t)
        {
            (kind, id) = (t.Kind, t.Id.ToString());
        }
        else
        {
            var form = UploadForm().Match(html);
            Assert.True(form.Success, $"upload form on {pageUrl}");
            action = Regex.Match(form.Value, "action=\"([^\"]+)\"").Groups[1].Value;
            (kind, id) = (InputValue(html, "recordKind")!, InputValue(html, "recordId")!);
        }

        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "recordKind" },
            { new StringContent(id), "recordId" },
        };
        if (bytes is not null)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, "Upload", name!);
        }

        return await pages.Http.PostAsync(action, content);
    }

    private static Regex EvidenceCount(string text) => new($"data-testid=\"evidence-count\">{text}<");

    [GeneratedRegex("<form[^>]*enctype=\"multipart/form-data\"[^>]*>")]
    private static partial Regex UploadForm();

    [GeneratedRegex("href=\"(/Evidence/Download/[0-9a-f-]{36})\"")]
    private static partial Regex DownloadLink();
}
