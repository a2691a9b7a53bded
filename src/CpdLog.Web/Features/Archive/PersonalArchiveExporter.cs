namespace CpdLog.Web.Features.Archive;

using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CpdLog.Core.SignOffs;
using CpdLog.Web.Infrastructure.Archives;

/// <summary>
/// Writes one person's personal archive: every record of every type in <see cref="RecordTypes.All"/> (bin included,
/// marked <c>inBin</c>), their custom body definitions, portfolio texts and issued portfolios, sign-offs, funding
/// history and evidence files, then <c>manifest.json</c> with the SHA-256 of each entry. Entries are streamed into the
/// zip one at a time; an evidence file is never held in memory whole.
/// </summary>
public sealed class PersonalArchiveExporter(CpdLogDbContext db, IFileStore store, TimeProvider clock)
{
    private static readonly MethodInfo LoadMethod = typeof(PersonalArchiveExporter).GetMethod(nameof(LoadAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>Writes the archive of <paramref name="ownerId"/> to <paramref name="output"/> (a seekable or forward-only stream).</summary>
    public async Task WriteAsync(string ownerId, Stream output, CancellationToken ct)
    {
        var entries = new List<ArchiveManifestEntry>();
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

        var evidence = new List<EvidenceFile>();
        var registrations = new List<Core.Registrations.ProfessionalRegistration>();
        foreach (var type in RecordTypes.All)
        {
            var records = await LoadAllAsync(type, ownerId, ct);
            evidence.AddRange(records.OfType<EvidenceFile>());
            registrations.AddRange(records.OfType<Core.Registrations.ProfessionalRegistration>());
            var nodes = records.Select(r => RecordNode(db.Model, r)).ToList();
            entries.Add(await WriteJsonAsync(zip, PersonalArchiveFormat.RecordsPath(type.Slug), Envelope(type.Slug, nodes), ct));
        }

        var bodyIds = registrations.Where(r => r.CustomBodyId is not null).Select(r => r.CustomBodyId!.Value).Distinct().ToList();
        var bodies = await db.CustomBodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).OrderBy(b => b.Code).ToListAsync(ct);
        entries.Add(await WriteJsonAsync(zip, PersonalArchiveFormat.CustomBodiesPath, Envelope("custom-bodies", Nodes(bodies)), ct));

        var texts = await db.PortfolioTexts.AsNoTracking().Where(t => t.OwnerId == ownerId).OrderBy(t => t.Id).ToListAsync(ct);
        entries.Add(await WriteJsonAsync(zip, PersonalArchiveFormat.PortfolioTextsPath, Envelope("portfolio-texts", Nodes(texts)), ct));

        var issued = await db.IssuedPortfolios.AsNoTracking().Where(p => p.OwnerId == ownerId).OrderBy(p => p.GeneratedAt).ThenBy(p => p.Id).ToListAsync(ct);
        entries.Add(await WriteJsonAsync(zip, PersonalArchiveFormat.IssuedPortfoliosPath, Envelope("issued-portfolios", issued.Select(IssuedNode)), ct));
        foreach (var portfolio in issued.Where(p => p.StorageKey is not null))
        {
            await using var content = await store.OpenReadAsync(portfolio.StorageKey!, ct)
                ?? throw new InvalidOperationException($"Issued portfolio {portfolio.Id} has no bytes in the file store.");
            entries.Add(await WriteEntryAsync(zip, PersonalArchiveFormat.IssuedPortfolioPdfPath(portfolio.Id), content, ct));
        }

        // Only signed sign-offs are history; the token hash of a link is no one's business outside this instance.
        var signOffs = await db.SignOffRequests.AsNoTracking().Where(s => s.OwnerId == ownerId && s.State == SignOffState.Signed)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(ct);
        entries.Add(await WriteJsonAsync(zip, PersonalArchiveFormat.SignOffsPath, Envelope("sign-offs", Nodes(signOffs, "tokenHash")), ct));

        foreach (var (kind, items) in await FundingHistory.LoadAsync(db, ownerId, ct))
        {
            entries.Add(await WriteJsonAsync(zip, PersonalArchiveFormat.FundingPath(kind), Envelope(kind, items), ct));
        }

        foreach (var file in evidence)
        {
            await using var content = await store.OpenReadAsync(file.StorageKey, ct)
                ?? throw new InvalidOperationException($"Evidence file {file.Id} has no bytes in the file store.");
            entries.Add(await WriteEntryAsync(zip, PersonalArchiveFormat.EvidencePath(file.Id, file.FileName), content, ct));
        }

        var manifest = new PersonalArchiveManifest(PersonalArchiveFormat.FormatName, PersonalArchiveFormat.CurrentVersion, clock.GetUtcNow(),
            PersonalArchiveFormat.ServiceVersion, [.. RecordTypes.All.Select(t => t.Slug)], entries);
        var manifestEntry = zip.CreateEntry(PersonalArchiveFormat.ManifestPath, CompressionLevel.Optimal);
        await using var manifestStream = manifestEntry.Open();
        await JsonSerializer.SerializeAsync(manifestStream, manifest, PersonalArchiveFormat.Json, ct);
    }

    /// <summary>One record as the archive holds it: the entity's fields (not its owner), with <c>inBin</c> and, for evidence, its path.</summary>
    public static JsonObject RecordNode(Microsoft.EntityFrameworkCore.Metadata.IModel model, OwnedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var node = StoredFields.ToNode(model, record, "ownerId");
        node["inBin"] = record.IsDeleted;
        if (record is IReferencedRecord referenced)
        {
            node["reference"] = RecordReferences.Of(referenced);
        }

        if (record is EvidenceFile file)
        {
            node.Remove("storageKey");
            node["archivePath"] = PersonalArchiveFormat.EvidencePath(file.Id, file.FileName);
        }

        return node;
    }

    /// <summary>An issued portfolio's record, with <c>archivePath</c> naming its PDF when a copy was kept.</summary>
    private JsonNode IssuedNode(Core.Portfolio.IssuedPortfolio portfolio)
    {
        var node = StoredFields.ToNode(db.Model, portfolio, "ownerId", "storageKey");
        if (portfolio.StorageKey is not null)
        {
            node["archivePath"] = PersonalArchiveFormat.IssuedPortfolioPdfPath(portfolio.Id);
        }

        return node;
    }

    private static JsonObject Envelope(string type, IEnumerable<JsonNode> items) => new()
    {
        ["format"] = PersonalArchiveFormat.FormatName,
        ["type"] = type,
        ["items"] = new JsonArray([.. items]),
    };

    private IEnumerable<JsonNode> Nodes<T>(IEnumerable<T> items, params string[] leaveOut)
        where T : class
        => items.Select(item => (JsonNode)StoredFields.ToNode(db.Model, item, [.. leaveOut, "ownerId"]));

    private static async Task<ArchiveManifestEntry> WriteJsonAsync(ZipArchive zip, string path, JsonObject content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            content.WriteTo(writer, PersonalArchiveFormat.Json);
        }

        buffer.Position = 0;
        return await WriteEntryAsync(zip, path, buffer, ct);
    }

    private static async Task<ArchiveManifestEntry> WriteEntryAsync(ZipArchive zip, string path, Stream content, CancellationToken ct)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        await using var target = entry.Open();
        return await ArchiveEntryHashing.CopyAsync(content, target, path, long.MaxValue, ct);
    }

    private async Task<IReadOnlyList<OwnedRecord>> LoadAllAsync(IRecordType type, string ownerId, CancellationToken ct)
        => await (Task<IReadOnlyList<OwnedRecord>>)LoadMethod.MakeGenericMethod(type.EntityType).Invoke(this, [ownerId, ct])!;

    private async Task<IReadOnlyList<OwnedRecord>> LoadAsync<T>(string ownerId, CancellationToken ct)
        where T : OwnedRecord
    {
        var live = await db.Set<T>().OwnedBy(ownerId).AsNoTracking().ToListAsync(ct);
        var binned = await db.Set<T>().InBinOf(ownerId).AsNoTracking().ToListAsync(ct);
        return [.. live.Concat(binned).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)];
    }
}
