namespace CpdLog.IntegrationTests.Archive;

using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using CpdLog.Core.Archive;
using CpdLog.Core.Records;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Features.Records;
using Json.Schema;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The personal archive between two instances: everything the source exported arrives in the target with new ids,
/// equal content, equal evidence bytes and equal compliance; a second import changes nothing; a bad archive is refused
/// with nothing written; and an archive can never reach another person's rows or verify a portfolio here.
/// </summary>
public sealed class PersonalArchiveTests(TwoInstancesFixture fixture) : IClassFixture<TwoInstancesFixture>
{
    private CpdLogAppFactory Source => fixture.Source;

    private CpdLogAppFactory Target => fixture.Target;

    [Fact]
    public async Task Export_HoldsAManifestWithTheHashOfEveryEntry_AndAFileForEveryRecordType()
    {
        var zip = await fixture.ArchiveAsync();

        var entries = ArchiveBytes.Entries(zip).ToDictionary(e => e.Name, e => e.Content);
        var manifest = JsonNode.Parse(entries["manifest.json"])!;
        Assert.Equal("cpdlog-personal-archive", manifest["format"]!.GetValue<string>());
        Assert.Equal(1, manifest["formatVersion"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(manifest["serviceVersion"]!.GetValue<string>()));
        var listed = manifest["entries"]!.AsArray().Select(e => e!).ToList();
        Assert.Equal(entries.Keys.Where(k => k != "manifest.json").Order(), listed.Select(e => e["path"]!.GetValue<string>()).Order());
        foreach (var entry in listed)
        {
            var content = entries[entry["path"]!.GetValue<string>()];
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), entry["sha256"]!.GetValue<string>());
            Assert.Equal(content.LongLength, entry["size"]!.GetValue<long>());
        }

        // Guard: every type of the descriptor list has its file, so a new record type is in the archive automatically.
        foreach (var type in RecordTypes.All)
        {
            Assert.True(entries.ContainsKey($"records/{type.Slug}.json"), $"records/{type.Slug}.json is missing from the archive");
        }

        var reflections = JsonNode.Parse(entries["records/reflections.json"])!["items"]!.AsArray();
        Assert.Contains(reflections, r => r!["title"]!.GetValue<string>() == "Binned reflection" && r["inBin"]!.GetValue<bool>());
        Assert.DoesNotContain(reflections, r => r!.AsObject().ContainsKey("ownerId"));
        var evidence = JsonNode.Parse(entries["records/evidence.json"])!["items"]!.AsArray().Single(e => e!["fileName"]!.GetValue<string>() == "certificate.pdf")!;
        Assert.Equal(TwoInstancesFixture.Pdf, entries[evidence["archivePath"]!.GetValue<string>()]);
        Assert.NotEmpty(JsonNode.Parse(entries["funding/funding-requests.json"])!["items"]!.AsArray());
        Assert.NotEmpty(JsonNode.Parse(entries["funding/agreement-acceptances.json"])!["items"]!.AsArray());
        var issued = JsonNode.Parse(entries["portfolios/issued.json"])!["items"]!.AsArray().Single(p => p!["verificationCode"]!.GetValue<string>() == fixture.PortfolioCode)!;
        Assert.Equal(fixture.PortfolioPdf, entries[issued["archivePath"]!.GetValue<string>()]); // the PDF exactly as it was served
        Assert.False(issued.AsObject().ContainsKey("storageKey"));
        Assert.Contains(JsonNode.Parse(entries["bodies/custom-bodies.json"])!["items"]!.AsArray(), b => b!["code"]!.GetValue<string>() == "X-ILM");
    }

    [Fact]
    public async Task Export_FollowsThePublishedJsonSchemas()
    {
        var entries = ArchiveBytes.Entries(await fixture.ArchiveAsync());
        var folder = DocsArchiveFolder();
        var manifestSchema = JsonSchema.FromFile(Path.Combine(folder, "manifest.schema.json"));
        var recordsSchema = JsonSchema.FromFile(Path.Combine(folder, "records.schema.json"));
        var otherSchema = JsonSchema.FromFile(Path.Combine(folder, "other.schema.json"));
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        foreach (var (name, content) in entries.Where(e => e.Name.EndsWith(".json", StringComparison.Ordinal) && !e.Name.StartsWith("evidence/", StringComparison.Ordinal)))
        {
            var schema = name == "manifest.json" ? manifestSchema : name.StartsWith("records/", StringComparison.Ordinal) ? recordsSchema : otherSchema;
            var result = schema.Evaluate(JsonNode.Parse(content), options);
            Assert.True(result.IsValid, $"{name}: " + string.Join("; ", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Value}"))));
        }

        // The schemas bite: an unsafe path, a short hash and a record with its owner's id are invalid.
        var badManifest = JsonNode.Parse(entries.Single(e => e.Name == "manifest.json").Content)!;
        badManifest["entries"]![0]!["path"] = "../escape.txt";
        Assert.False(manifestSchema.Evaluate(badManifest, options).IsValid);
        badManifest["entries"]![0]!["path"] = "records/activities.json";
        badManifest["entries"]![0]!["sha256"] = "abc";
        Assert.False(manifestSchema.Evaluate(badManifest, options).IsValid);
        var badRecords = JsonNode.Parse(entries.Single(e => e.Name == "records/activities.json").Content)!;
        badRecords["items"]![0]!["ownerId"] = "someone";
        Assert.False(recordsSchema.Evaluate(badRecords, options).IsValid);
    }

    [Fact]
    public async Task RoundTrip_EveryRecordEvidenceFileAndComplianceResultArrives_AndASecondImportChangesNothing()
    {
        var zip = await fixture.ArchiveAsync();
        var client = await Target.CreateApiClientAsync("mover@example.nhs.uk");
        var ownerId = await Target.UserIdAsync("mover@example.nhs.uk");

        var response = await client.PostAsync("/api/v1/me/archive", TwoInstancesFixture.Upload(zip));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var type in RecordTypes.All)
        {
            var live = await Source.WithDbAsync(db => type.CountAsync(db, fixture.SourceOwnerId, CancellationToken.None));
            var binned = (await Source.WithDbAsync(db => type.ListBinAsync(db, fixture.SourceOwnerId, CancellationToken.None))).Count;
            Assert.Equal(live, await Target.WithDbAsync(db => type.CountAsync(db, ownerId, CancellationToken.None)));
            Assert.Equal(binned, (await Target.WithDbAsync(db => type.ListBinAsync(db, ownerId, CancellationToken.None))).Count);
            var imported = result.GetProperty("imported").TryGetProperty(type.Slug, out var n) ? n.GetInt32() : 0;
            Assert.Equal(live + binned, imported);
        }

        // Fields of interest, references included, and new ids.
        Assert.Equal(await ActivitiesAsync(Source, fixture.SourceOwnerId), await ActivitiesAsync(Target, ownerId));
        var sourceIds = await Source.WithDbAsync(db => db.Activities.Where(a => a.OwnerId == fixture.SourceOwnerId).Select(a => a.Id).ToListAsync());
        var targetIds = await Target.WithDbAsync(db => db.Activities.Where(a => a.OwnerId == ownerId).Select(a => a.Id).ToListAsync());
        Assert.Empty(sourceIds.Intersect(targetIds));
        var registrations = await Target.WithDbAsync(db => db.Registrations.Where(r => r.OwnerId == ownerId).ToListAsync());
        Assert.Equal("2016-04", registrations.Single(r => r.BodyCode == "NMC").RuleVersion);

        // Evidence: the same files with the same bytes (downloaded from the target's store), each on the target's copy of its record.
        var sourceEvidence = await Source.WithDbAsync(db => db.EvidenceFiles.Where(e => e.OwnerId == fixture.SourceOwnerId).ToListAsync());
        var targetEvidence = await Target.WithDbAsync(db => db.EvidenceFiles.Where(e => e.OwnerId == ownerId).ToListAsync());
        Assert.Equal(sourceEvidence.Select(e => $"{e.Reference}|{e.FileName}|{e.Sha256}|{e.RecordKind}|{e.Description}").Order(),
            targetEvidence.Select(e => $"{e.Reference}|{e.FileName}|{e.Sha256}|{e.RecordKind}|{e.Description}").Order());
        foreach (var file in targetEvidence.Where(e => e.DeletedAt is null))
        {
            var download = await client.GetByteArrayAsync($"/api/v1/evidence/{file.Id}/content");
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(download)));
            var type = RecordTypes.ForEvidence(file.RecordKind)!;
            Assert.True(await Target.WithDbAsync(db => type.ExistsAsync(db, ownerId, file.RecordId, CancellationToken.None)), $"{file.FileName} is not on one of the importer's records");
        }

        var certificate = targetEvidence.Single(e => e.FileName == "certificate.pdf");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(TwoInstancesFixture.Pdf)), certificate.Sha256);
        Assert.Equal("Activity with evidence", (await Target.WithDbAsync(db => db.Activities.SingleAsync(a => a.Id == certificate.RecordId && a.OwnerId == ownerId))).Title);

        // Compliance per registration equal, custom body and pinned rules included.
        var source = await TwoInstancesFixture.LoginAsync(Source, Web.Infrastructure.DemoData.ManagerEmail, Web.Infrastructure.DemoData.Password);
        var sourceRegistrations = await Source.WithDbAsync(db => db.Registrations.Where(r => r.OwnerId == fixture.SourceOwnerId && r.DeletedAt == null).ToListAsync());
        Assert.Contains(sourceRegistrations, r => r.CustomBodyId is not null);
        foreach (var registration in sourceRegistrations)
        {
            var copy = registrations.Single(r => r.RegistrationNumber == registration.RegistrationNumber && r.BodyCode == registration.BodyCode);
            var expected = Normalise(await source.GetFromJsonAsync<JsonNode>($"/api/v1/registrations/{registration.Id}/compliance"));
            var actual = Normalise(await client.GetFromJsonAsync<JsonNode>($"/api/v1/registrations/{copy.Id}/compliance"));
            Assert.Equal(expected, actual);
        }

        // Employer-side history is read-only history here, never a funding request of this instance.
        Assert.Equal(0, await Target.WithDbAsync(db => db.FundingRequests.CountAsync(r => r.RequesterId == ownerId)));
        var history = await Target.WithDbAsync(db => db.ImportedHistory.Where(h => h.OwnerId == ownerId).ToListAsync());
        Assert.Equal(await Source.WithDbAsync(db => db.FundingRequests.CountAsync(r => r.RequesterId == fixture.SourceOwnerId)),
            history.Count(h => h.Kind == ImportedHistoryKinds.FundingRequest));
        Assert.Contains(history, h => h.Kind == ImportedHistoryKinds.AgreementAcceptance);
        Assert.True(await Target.WithDbAsync(db => db.ArchiveImportMap.AnyAsync(m => m.OwnerId == ownerId && m.RecordType == "confirmations" && m.SignedElsewhere)));

        // The e-signed confirmation stays locked, now by its imported sign-off, which shows "imported, not verified here".
        var signed = await Target.WithDbAsync(db => db.Confirmations.SingleAsync(c => c.OwnerId == ownerId && c.SignOffId != null));
        var signOff = history.Single(h => h.Kind == ImportedHistoryKinds.SignOff);
        Assert.Equal(signOff.Id, signed.SignOffId);
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"/api/v1/confirmations/{signed.Id}")).StatusCode);
        var pages = await Target.CreateSignedInFormClientAsync("mover-pages@example.nhs.uk");
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/Archive/ImportedSignOff/{signOff.Id}")).StatusCode);

        // Again: nothing new.
        var before = await SnapshotAsync(ownerId);
        var again = await client.PostAsync("/api/v1/me/archive", TwoInstancesFixture.Upload(zip));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, second.GetProperty("totalImported").GetInt32());
        Assert.Equal(result.GetProperty("totalImported").GetInt32(), second.GetProperty("totalSkipped").GetInt32());
        Assert.Equal(before, await SnapshotAsync(ownerId));
    }

    [Fact]
    public async Task ImportedPortfolio_DoesNotVerifyHere_ButDoesWhereItWasIssued()
    {
        var zip = await fixture.ArchiveAsync();
        var client = await Target.CreateApiClientAsync("portfolio-mover@example.nhs.uk");
        (await client.PostAsync("/api/v1/me/archive", TwoInstancesFixture.Upload(zip))).EnsureSuccessStatusCode();
        var ownerId = await Target.UserIdAsync("portfolio-mover@example.nhs.uk");

        Assert.True(await Target.WithDbAsync(db => db.ImportedHistory.AnyAsync(h => h.OwnerId == ownerId && h.Kind == ImportedHistoryKinds.IssuedPortfolio && h.Json.Contains(fixture.PortfolioCode))));
        // Its PDF came along, byte for byte, and its owner can download it from Your data (nobody else can).
        var pages = await Target.SignInFormClientAsync("portfolio-mover@example.nhs.uk");
        var yourData = await pages.GetPageAsync("/Identity/Account/Manage/YourData");
        var link = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(yourData).QuerySelector("a[data-testid=imported-portfolio]")?.GetAttribute("href") ?? "";
        Assert.NotEmpty(link);
        var download = await pages.GetAsync(link);
        Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fixture.PortfolioPdf, await download.Content.ReadAsByteArrayAsync());
        var stranger = await Target.CreateSignedInFormClientAsync("portfolio-stranger@example.nhs.uk");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await stranger.GetAsync(link)).StatusCode);

        var here = await Target.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/verify/{fixture.PortfolioCode}");
        Assert.False(here.GetProperty("genuine").GetBoolean());
        var there = await Source.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/verify/{fixture.PortfolioCode}");
        Assert.True(there.GetProperty("genuine").GetBoolean());
    }

    [Fact]
    public async Task CraftedIds_NeverTouchAnotherOwnersRows()
    {
        var zip = await fixture.ArchiveAsync();
        var victim = await Target.CreateApiClientAsync("victim@example.nhs.uk");
        var victimId = await Target.UserIdAsync("victim@example.nhs.uk");
        var victimActivity = await Records.RecordSamples.CreateIdAsync(victim, "activities", "The victim's own activity");
        var victimEvidenceCount = await Target.WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.OwnerId == victimId));

        // An activity in the archive now claims the victim's activity id. It is one without evidence (the demo data attaches
        // a certificate to a random one), so the archive stays whole and only the crafted id is under test.
        var crafted = ArchiveBytes.Rewrite(zip, entries =>
        {
            var withEvidence = System.Text.Json.Nodes.JsonNode.Parse(entries.Single(e => e.Name == "records/evidence.json").Content)!["items"]!.AsArray()
                .Select(e => e!["recordId"]!.GetValue<string>()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            Assert.NotEmpty(withEvidence);
            ArchiveBytes.EditJson(entries, "records/activities.json", node =>
            {
                var chosen = node["items"]!.AsArray().First(a => !withEvidence.Contains(a!["id"]!.GetValue<string>()))!;
                chosen["id"] = victimActivity.ToString();
                chosen["title"] = "Overwritten";
            });
        }, rehash: true);
        var attacker = await Target.CreateApiClientAsync("attacker@example.nhs.uk");
        var attackerId = await Target.UserIdAsync("attacker@example.nhs.uk");

        var response = await attacker.PostAsync("/api/v1/me/archive", TwoInstancesFixture.Upload(crafted));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var victimRow = await Target.WithDbAsync(db => db.Activities.SingleAsync(a => a.Id == victimActivity));
        Assert.Equal((victimId, "The victim's own activity"), (victimRow.OwnerId, victimRow.Title));
        Assert.Equal(1, await Target.WithDbAsync(db => db.Activities.CountAsync(a => a.OwnerId == victimId)));
        Assert.Equal(victimEvidenceCount, await Target.WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.OwnerId == victimId)));
        var attackersCopy = await Target.WithDbAsync(db => db.Activities.SingleAsync(a => a.OwnerId == attackerId && a.Title == "Overwritten"));
        Assert.NotEqual(victimActivity, attackersCopy.Id);
        Assert.False(await Target.WithDbAsync(db => db.ArchiveImportMap.AnyAsync(m => m.OwnerId == victimId)));
    }

    public static TheoryData<string> Refusals =>
    [
        "damaged", "truncated", "hash-mismatch", "parent-path", "absolute-path", "backslash-path", "no-manifest", "foreign-format",
        "newer-version", "not-a-zip", "unlisted-entry", "missing-entry", "zip-bomb",
    ];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task BadArchive_IsRefusedWith400ProblemDetails_AndNothingIsWritten(string kind)
    {
        var zip = await fixture.ArchiveAsync();
        var bad = Spoil(zip, kind);
        var email = $"refused-{kind}@example.nhs.uk";
        var client = await Target.CreateApiClientAsync(email);
        var ownerId = await Target.UserIdAsync(email);
        var files = StoredFileCount();
        var bodies = await Target.WithDbAsync(db => db.CustomBodies.CountAsync());

        var response = await client.PostAsync("/api/v1/me/archive", TwoInstancesFixture.Upload(bad));

        var errors = await Records.RecordSamples.ValidationErrorsAsync(response);
        var message = Records.RecordSamples.FirstError(errors, "file");
        Assert.Contains(ExpectedWords(kind), message, StringComparison.OrdinalIgnoreCase);
        foreach (var type in RecordTypes.All)
        {
            Assert.Equal(0, await Target.WithDbAsync(db => type.CountAsync(db, ownerId, CancellationToken.None)));
            Assert.Empty(await Target.WithDbAsync(db => type.ListBinAsync(db, ownerId, CancellationToken.None)));
        }

        Assert.False(await Target.WithDbAsync(db => db.ArchiveImportMap.AnyAsync(m => m.OwnerId == ownerId)));
        Assert.False(await Target.WithDbAsync(db => db.ImportedHistory.AnyAsync(h => h.OwnerId == ownerId)));
        Assert.Equal(bodies, await Target.WithDbAsync(db => db.CustomBodies.CountAsync()));
        Assert.Equal(files, StoredFileCount());
    }

    [Fact]
    public async Task OpenApi_ListsExportAndImport()
    {
        var api = await Target.CreateApiClientAsync("openapi-archive@example.nhs.uk");
        var document = JsonNode.Parse(await api.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();
        var path = paths.Where(p => p.Key.TrimEnd('/') == "/api/v1/me/archive").Select(p => p.Value).SingleOrDefault();
        Assert.True(path is not null, "No /api/v1/me/archive in " + string.Join(", ", paths.Select(p => p.Key).Where(k => k.Contains("/me/", StringComparison.Ordinal))));
        Assert.Equal("ExportPersonalArchive", path!["get"]?["operationId"]?.GetValue<string>());
        Assert.Equal("ImportPersonalArchive", path["post"]?["operationId"]?.GetValue<string>());
        Assert.True(path["get"]!["responses"]?["200"]?["content"]?["application/zip"] is not null, path["get"]!["responses"]?.ToJsonString());
        Assert.NotNull(path["post"]!["requestBody"]?["content"]?["multipart/form-data"]);
    }

    private static byte[] Spoil(byte[] zip, string kind)
    {
        switch (kind)
        {
            case "damaged":
            {
                // Flip bytes inside the compressed data of the largest record file.
                var copy = (byte[])zip.Clone();
                using (var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
                {
                    var name = archive.Entries.Where(e => e.FullName.StartsWith("records/", StringComparison.Ordinal)).MaxBy(e => e.CompressedLength)!.FullName;
                    var at = IndexOf(zip, System.Text.Encoding.UTF8.GetBytes(name)) + name.Length + 20;
                    for (var i = at; i < at + 16; i++)
                    {
                        copy[i] ^= 0x5A;
                    }
                }

                return copy;
            }

            case "truncated":
                return zip[..(zip.Length * 2 / 3)];
            case "hash-mismatch":
                return ArchiveBytes.Rewrite(zip, e => ArchiveBytes.EditJson(e, "records/activities.json", n => n["items"]![0]!["hours"] = 999), rehash: false);
            case "parent-path":
                return ArchiveBytes.Rewrite(zip, e => e.Add(("../escape.txt", "x"u8.ToArray())), rehash: true);
            case "absolute-path":
                return ArchiveBytes.Rewrite(zip, e => e.Add(("/etc/cron.d/escape", "x"u8.ToArray())), rehash: true);
            case "backslash-path":
                return ArchiveBytes.Rewrite(zip, e => e.Add(("evidence\\..\\..\\escape.txt", "x"u8.ToArray())), rehash: true);
            case "no-manifest":
                return ArchiveBytes.Rewrite(zip, e => e.RemoveAll(x => x.Name == "manifest.json"), rehash: false);
            case "foreign-format":
                return ArchiveBytes.Rewrite(zip, e => ArchiveBytes.EditJson(e, "manifest.json", n => n["format"] = "leap2a"), rehash: false);
            case "newer-version":
                return ArchiveBytes.Rewrite(zip, e => ArchiveBytes.EditJson(e, "manifest.json", n => n["formatVersion"] = 2), rehash: false);
            case "not-a-zip":
                return TwoInstancesFixture.Pdf;
            case "unlisted-entry":
                return ArchiveBytes.Rewrite(zip, e => e.Add(("records/extra.json", "{}"u8.ToArray())), rehash: false);
            case "missing-entry":
                return ArchiveBytes.Rewrite(zip, e => e.RemoveAll(x => x.Name.StartsWith("evidence/", StringComparison.Ordinal)), rehash: false);
            case "zip-bomb":
                return ArchiveBytes.Rewrite(zip, e => e.Add(("evidence/bomb/zeros.txt", new byte[50 * 1024 * 1024])), rehash: true);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private static string ExpectedWords(string kind) => kind switch
    {
        "damaged" => "damaged",
        "truncated" => "incomplete",
        "hash-mismatch" => "SHA-256",
        "parent-path" or "absolute-path" or "backslash-path" => "unsafe name",
        "no-manifest" => "no manifest.json",
        "foreign-format" => "not a CpdLog personal archive",
        "newer-version" => "newer than this CpdLog reads",
        "not-a-zip" => "not a zip archive",
        "unlisted-entry" => "does not list",
        "missing-entry" => "missing from the archive",
        "zip-bomb" => "zip bomb",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        throw new InvalidOperationException("not found");
    }

    private static string DocsArchiveFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs", "archive");
            if (File.Exists(Path.Combine(candidate, "manifest.schema.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("docs/archive not found above " + AppContext.BaseDirectory);
    }

    private int StoredFileCount()
    {
        var folder = Path.Combine(Target.DataPath, "files");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count() : 0;
    }

    private static async Task<List<string>> ActivitiesAsync(CpdLogAppFactory app, string ownerId)
        => (await app.WithDbAsync(db => db.Activities.Where(a => a.OwnerId == ownerId).ToListAsync()))
            .Select(a => string.Join("|", a.Reference, a.Title, a.StartDate, a.EndDate, a.Hours, a.ParticipatoryHours, a.Method, a.ActivityType,
                a.Status, a.Description, a.CodeThemes, a.IsVerifiable, a.Tags, a.IsPrivate, a.DeletedAt is not null, a.CreatedAt))
            .Order(StringComparer.Ordinal).ToList();

    private async Task<string> SnapshotAsync(string ownerId) => string.Join(",", await Task.WhenAll(
        RecordTypes.All.Select(t => Target.WithDbAsync(async db => $"{t.Slug}={await t.CountAsync(db, ownerId, CancellationToken.None)}")))) +
        $";map={await Target.WithDbAsync(db => db.ArchiveImportMap.CountAsync(m => m.OwnerId == ownerId))}" +
        $";history={await Target.WithDbAsync(db => db.ImportedHistory.CountAsync(h => h.OwnerId == ownerId))}" +
        $";bodies={await Target.WithDbAsync(db => db.CustomBodies.CountAsync())};files={StoredFileCount()}";

    /// <summary>A compliance result without ids (which differ by instance), as compact JSON.</summary>
    private static string Normalise(JsonNode? node)
    {
        Strip(node);
        return node?.ToJsonString() ?? "null";

        static void Strip(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var key in o.Select(p => p.Key).Where(k => k == "id" || k.EndsWith("Id", StringComparison.Ordinal) || k.EndsWith("Ids", StringComparison.Ordinal)).ToList())
                    {
                        o.Remove(key);
                    }

                    foreach (var (_, value) in o)
                    {
                        Strip(value);
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Strip(item);
                    }

                    break;
            }
        }
    }
}
