namespace CpdLog.IntegrationTests.Records;

using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Records.PageHelpers;
using static CpdLog.IntegrationTests.Records.RecordSamples;

public sealed partial class EvidenceTests(SmallEvidenceLimitFactory factory) : IClassFixture<SmallEvidenceLimitFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The start of a Windows executable: what a ".pdf" from a phishing email might really be.</summary>
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xB8];

    private static MultipartFormDataContent Upload(string kind, Guid recordId, byte[] bytes, string fileName, string claimedType = "application/pdf")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        return new MultipartFormDataContent
        {
            { new StringContent(kind), "recordKind" },
            { new StringContent(recordId.ToString()), "recordId" },
            { file, "file", fileName },
        };
    }

    private async Task<(HttpClient Client, Guid ActivityId)> UserWithActivityAsync(string email)
    {
        var client = await factory.CreateApiClientAsync(email);
        return (client, await CreateIdAsync(client, "activities", "Evidence host"));
    }

    [Fact]
    public async Task Upload_Pdf_IsAccepted_TypeFromContent_Sha256Recorded_OwnerDownloadsSameBytes()
    {
        var (client, activityId) = await UserWithActivityAsync("evidence-pdf@example.nhs.uk");

        var response = await client.PostAsync("/api/v1/evidence", Upload("Activity", activityId, Pdf, "certificate.pdf", "application/octet-stream"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dto = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = dto.GetProperty("id").GetGuid();
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(Pdf));
        Assert.Equal("application/pdf", dto.GetProperty("contentType").GetString());
        Assert.Equal(expectedHash, dto.GetProperty("sha256").GetString());
        Assert.Equal(Pdf.Length, dto.GetProperty("sizeBytes").GetInt64());
        Assert.Equal("certificate.pdf", dto.GetProperty("fileName").GetString());

        var stored = await factory.WithDbAsync(db => db.EvidenceFiles.SingleAsync(e => e.Id == id));
        Assert.Equal(expectedHash, stored.Sha256);
        Assert.Equal(activityId, stored.RecordId);

        // The bytes live in the data folder's file store, never under wwwroot.
        var path = Path.Combine(factory.DataPath, "files", stored.StorageKey[..2], stored.StorageKey);
        Assert.Equal(expectedHash, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))));
        Assert.DoesNotContain("wwwroot", Path.GetFullPath(path), StringComparison.OrdinalIgnoreCase);

        var download = await client.GetAsync($"/api/v1/evidence/{id}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/evidence?recordKind=Activity&recordId={activityId}");
        Assert.Equal(id, list.EnumerateArray().Single().GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Upload_ExecutableNamedPdf_IsRejected_AndNothingIsStored()
    {
        var (client, activityId) = await UserWithActivityAsync("evidence-exe@example.nhs.uk");

        var response = await client.PostAsync("/api/v1/evidence", Upload("Activity", activityId, Executable, "certificate.pdf"));

        var errors = await ValidationErrorsAsync(response);
        Assert.Equal("The selected file must be a PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) or plain text file", FirstError(errors, "file"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.RecordId == activityId)));
    }

    [Theory]
    [InlineData("random.png")]
    [InlineData("archive.docx")]
    public async Task Upload_UnknownBytesOrPlainZip_IsRejected(string name)
    {
        var (client, activityId) = await UserWithActivityAsync($"evidence-unknown-{name}@example.nhs.uk");
        var bytes = name.EndsWith(".docx", StringComparison.Ordinal)
            ? Zip(("readme.txt", "not an office document"))
            : [0x00, 0x01, 0x02, 0x03, 0xFE, 0xFF, 0x00, 0x10];

        var errors = await ValidationErrorsAsync(await client.PostAsync("/api/v1/evidence", Upload("Activity", activityId, bytes, name)));

        Assert.StartsWith("The selected file must be a PDF", FirstError(errors, "file"));
    }

    [Fact]
    public async Task Upload_OverTheConfiguredLimit_IsRejected()
    {
        var (client, activityId) = await UserWithActivityAsync("evidence-big@example.nhs.uk");
        var big = Encoding.ASCII.GetBytes(new string('a', SmallEvidenceLimitFactory.MaxBytes + 1));

        var errors = await ValidationErrorsAsync(await client.PostAsync("/api/v1/evidence", Upload("Activity", activityId, big, "notes.txt", "text/plain")));

        Assert.Equal("The selected file must be smaller than 4 KB", FirstError(errors, "file"));
        var atLimit = big[..SmallEvidenceLimitFactory.MaxBytes];
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/v1/evidence", Upload("Activity", activityId, atLimit, "notes.txt", "text/plain"))).StatusCode);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("jpeg")]
    [InlineData("docx")]
    [InlineData("xlsx")]
    [InlineData("text")]
    public async Task Upload_EachAllowedFormat_IsRecognisedFromItsBytes(string format)
    {
        var (client, activityId) = await UserWithActivityAsync($"evidence-format-{format}@example.nhs.uk");
        var (bytes, expectedType, expectedName) = format switch
        {
            "png" => (new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, "image/png", "scan.png"),
            "jpeg" => (new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46 }, "image/jpeg", "scan.png.jpg"),
            "docx" => (Zip(("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"), ("word/document.xml", "<w:document/>")), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "scan.docx"),
            "xlsx" => (Zip(("[Content_Types].xml", "<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"), ("xl/workbook.xml", "<workbook/>")), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "scan.xlsx"),
            _ => (Encoding.UTF8.GetBytes("Notes from supervision – Zoë\r\n"), "text/plain", "scan.txt"),
        };
        var name = format switch { "jpeg" => "scan.png", "docx" => "scan.docx", "xlsx" => "scan.xlsx", "text" => "scan", _ => "scan.png" };

        var response = await client.PostAsync("/api/v1/evidence", Upload("activity", activityId, bytes, name, "application/octet-stream"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dto = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(expectedType, dto.GetProperty("contentType").GetString());
        Assert.Equal(expectedName, dto.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task Upload_ToAnotherUsersRecord_Is404_AndBadTargetIsAValidationProblem()
    {
        var (owner, activityId) = await UserWithActivityAsync("evidence-target-owner@example.nhs.uk");
        var intruder = await factory.CreateApiClientAsync("evidence-target-intruder@example.nhs.uk");

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostAsync("/api/v1/evidence", Upload("Activity", activityId, Pdf, "x.pdf"))).StatusCode);

        var errors = await ValidationErrorsAsync(await owner.PostAsync("/api/v1/evidence", Upload("Nonsense", activityId, Pdf, "x.pdf")));
        Assert.StartsWith("Enter the kind of record", FirstError(errors, "recordKind"));
        errors = await ValidationErrorsAsync(await owner.PostAsync("/api/v1/evidence", Upload("7", activityId, Pdf, "x.pdf")));
        Assert.True(errors.TryGetProperty("recordKind", out _));
    }

    [Fact]
    public async Task OtherUser_CannotSeeListDownloadOrDeleteTheFile()
    {
        var (owner, activityId) = await UserWithActivityAsync("evidence-a@example.nhs.uk");
        var id = (await (await owner.PostAsync("/api/v1/evidence", Upload("Activity", activityId, Pdf, "a.pdf"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var userB = await factory.CreateApiClientAsync("evidence-b@example.nhs.uk");
        var pagesB = await factory.CreateSignedInFormClientAsync("evidence-b-pages@example.nhs.uk");

        Assert.Equal(HttpStatusCode.NotFound, (await userB.GetAsync($"/api/v1/evidence/{id}/content")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await userB.GetAsync($"/api/v1/evidence/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await userB.GetAsync($"/api/v1/evidence?recordKind=Activity&recordId={activityId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await userB.DeleteAsync($"/api/v1/evidence/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pagesB.GetAsync($"/Evidence/Download/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/v1/evidence/{id}/content")).StatusCode);
    }

    [Fact]
    public async Task Delete_MovesFileToBin_RestoreBringsItBack()
    {
        var (client, activityId) = await UserWithActivityAsync("evidence-bin@example.nhs.uk");
        var id = (await (await client.PostAsync("/api/v1/evidence", Upload("Activity", activityId, Pdf, "bin.pdf"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/evidence/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/evidence/{id}/content")).StatusCode);
        Assert.Contains((await client.GetFromJsonAsync<JsonElement>("/api/v1/bin")).EnumerateArray(), i => i.GetProperty("kind").GetString() == "evidence" && i.GetProperty("id").GetGuid() == id);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/bin/evidence/{id}/restore", null)).StatusCode);
        Assert.Equal(Pdf, await client.GetByteArrayAsync($"/api/v1/evidence/{id}/content"));
    }

    [Fact]
    public async Task DetailsPage_UploadsListsAndDownloads_AndShowsRejection()
    {
        var pages = await factory.CreateSignedInFormClientAsync("evidence-page@example.nhs.uk");
        var activityId = await CreateIdAsync(pages.Http, "activities", "Page evidence");

        var rejected = await PostUploadAsync(pages, activityId, Executable, "evil.pdf");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal($"/Activities/Details/{activityId}", rejected.Headers.Location?.OriginalString);
        var rejectedHtml = Decode(await pages.GetPageAsync($"/Activities/Details/{activityId}"));
        Assert.Equal(["The selected file must be a PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) or plain text file"], ErrorSummary(rejectedHtml));

        var accepted = await PostUploadAsync(pages, activityId, Pdf, "attendance.pdf");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var details = await pages.GetPageAsync($"/Activities/Details/{activityId}");
        var link = DownloadLink().Match(details);
        Assert.True(link.Success, "download link listed");
        Assert.Contains("attendance.pdf", details);

        var download = await pages.GetAsync(link.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    private static async Task<HttpResponseMessage> PostUploadAsync(FormClient pages, Guid activityId, byte[] bytes, string name)
    {
        var token = await pages.AntiforgeryTokenAsync($"/Activities/Details/{activityId}");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "Upload", name } };
        form.Add(new StringContent("Activity"), "recordKind");
        form.Add(new StringContent(activityId.ToString()), "recordId");
        return await pages.Http.PostAsync("/Evidence/Upload", form);
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    [GeneratedRegex("href=\"(/Evidence/Download/[0-9a-f-]{36})\"")]
    private static partial Regex DownloadLink();
}
