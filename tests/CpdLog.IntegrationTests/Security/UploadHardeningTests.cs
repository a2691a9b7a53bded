namespace CpdLog.IntegrationTests.Security;

using System.IO.Compression;
using System.Net;
using System.Text;
using CpdLog.Core.Records;
using CpdLog.Web.Features.Evidence;
using CpdLog.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

public sealed class UploadHardeningTests(TightUploadAppFactory factory) : IClassFixture<TightUploadAppFactory>
{
    [Fact]
    public async Task Quota_RefusesTheUploadThatWouldPassIt_AndRateLimit_RefusesTheFifthUploadInTheWindow()
    {
        var api = await factory.CreateApiClientAsync("quota@example.nhs.uk");
        var activity = await CreateActivityAsync(api);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(api, activity, new string('a', 600))).StatusCode);
        var full = await UploadAsync(api, activity, new string('b', 600));
        Assert.Equal(HttpStatusCode.BadRequest, full.StatusCode);
        Assert.Contains("storage is full", await full.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => Task.FromResult(db.EvidenceFiles.Count(e => e.RecordId == activity))));

        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(api, activity, "small one")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(api, activity, "small two")).StatusCode);
        var limited = await UploadAsync(api, activity, "small three");
        Assert.Equal(HttpStatusCode.BadRequest, limited.StatusCode);
        Assert.Contains("wait a few minutes", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CookieCaller_WithoutAntiforgeryToken_IsRefused_OnTheUploadApi()
    {
        var browser = await factory.CreateSignedInFormClientAsync("csrf@example.nhs.uk");
        var form = new MultipartFormDataContent
        {
            { new StringContent("Activity"), "recordKind" },
            { new StringContent(Guid.NewGuid().ToString()), "recordId" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("forged")), "file", "forged.txt" },
        };
        var forged = await browser.Http.PostAsync("/api/v1/evidence", form);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Antiforgery", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void FileNames_LoseBidiOverridesAndInvisibleCharacters()
    {
        Assert.Equal("invoiceexe.pdf", EvidenceService.SafeFileName("invoice\u202Eexe.pdf", EvidenceContent.Pdf));
        Assert.Equal("notes.txt", EvidenceService.SafeFileName("no\u200Bt\u2066es\u0007.txt", EvidenceContent.Text));
    }

    [Fact]
    public void Zips_AreAcceptedOnlyAsMacroFreeOfficeDocuments_AndZipBombsAreRefused()
    {
        const string wordTypes = "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
        Assert.Same(EvidenceContent.Docx, EvidenceContent.Detect(Zip(("[Content_Types].xml", wordTypes), ("word/document.xml", "<w:document/>"))));

        // A plain archive, a document whose parts say otherwise, a macro project.
        Assert.Null(EvidenceContent.Detect(Zip(("notes.txt", "hello"))));
        Assert.Null(EvidenceContent.Detect(Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"))));
        Assert.Null(EvidenceContent.Detect(Zip(("[Content_Types].xml", wordTypes), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "macro"))));

        // 64 MB of zeros compresses to about 64 KB: refused while decompressing (past 100 × the file size), whatever
        // the headers claim.
        var bomb = ZipWithZeros(wordTypes, 64 * 1024 * 1024);
        Assert.True(bomb.Length < 1024 * 1024);
        Assert.Null(EvidenceContent.Detect(bomb));
    }

    [Fact]
    public async Task FailedSave_LeavesNoPartialFile()
    {
        var root = Path.Combine(factory.DataPath, "store-test");
        var store = new LocalFileStore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = root }).Build());
        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync("abcdef0123", new BreaksHalfWay(), CancellationToken.None));
        Assert.Empty(Directory.Exists(Path.Combine(root, "files")) ? Directory.GetFiles(Path.Combine(root, "files"), "*", SearchOption.AllDirectories) : []);
    }

    private static Task<Guid> CreateActivityAsync(HttpClient api) => Records.RecordSamples.CreateIdAsync(api, "activities", "Quota course");

    private static Task<HttpResponseMessage> UploadAsync(HttpClient api, Guid activity, string text) => api.PostAsync("/api/v1/evidence", new MultipartFormDataContent
    {
        { new StringContent("Activity"), "recordKind" },
        { new StringContent(activity.ToString()), "recordId" },
        { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", "notes.txt" },
    });

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open());
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] ZipWithZeros(string contentTypes, int zeros)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                writer.Write(contentTypes);
            }

            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
            {
                writer.Write("<w:document/>");
            }

            using var entry = zip.CreateEntry("word/media/zeros.bin", CompressionLevel.Fastest).Open();
            var chunk = new byte[1024 * 1024];
            for (var written = 0; written < zeros; written += chunk.Length)
            {
                entry.Write(chunk);
            }
        }

        return buffer.ToArray();
    }

    private sealed class BreaksHalfWay : MemoryStream
    {
        private int _reads;

        public BreaksHalfWay()
            : base(new byte[200_000])
        {
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ++_reads > 1 ? throw new IOException("The upload broke off.") : base.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ++_reads > 1 ? throw new IOException("The upload broke off.") : base.ReadAsync(buffer, offset, count, cancellationToken);
    }
}
