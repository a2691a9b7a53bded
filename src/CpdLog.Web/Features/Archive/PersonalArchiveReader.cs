namespace CpdLog.Web.Features.Archive;

using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using CpdLog.Web.Infrastructure.Archives;

/// <summary>
/// Opens an uploaded personal archive and checks all of it before anything is written: a zip whose central directory
/// reads, safe entry names, within the entry count, expanded size and compression ratio limits, a manifest of this
/// format and a version this service reads, and every entry's size and SHA-256 equal to the manifest's (no entry
/// missing, none extra). Any failure is an <see cref="ArchiveRefusedException"/> saying what is wrong.
/// </summary>
public sealed class PersonalArchiveReader(IOptions<PersonalArchiveOptions> options)
{
    private const string NothingImported = " Nothing was imported.";

    public async Task<VerifiedArchive> ReadAsync(Stream archive, CancellationToken ct)
    {
        try
        {
            return await ReadZipAsync(archive, ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            // Whatever the zip reader trips over in a broken file (a central directory cut short, bad offsets, ...).
            throw new ArchiveRefusedException("The file is not a zip archive, or it is damaged or incomplete (for example, cut short while downloading)." + NothingImported, e);
        }
    }

    private async Task<VerifiedArchive> ReadZipAsync(Stream archive, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var limits = options.Value;
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new ArchiveRefusedException("The file is not a zip archive, or it is damaged or incomplete (for example, cut short while downloading)." + NothingImported, e);
        }

        using (zip)
        {
            var entries = CheckEntries(zip, limits);
            var manifest = await ReadManifestAsync(entries, limits, ct);
            var staging = Path.Combine(Path.GetTempPath(), "cpdlog-archive-import", Guid.NewGuid().ToString("N"));
            PrivateFiles.EnsureFolder(staging);
            var json = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
            var files = new Dictionary<string, ArchiveManifestEntry>(StringComparer.Ordinal);
            var verified = new VerifiedArchive(manifest, json, files, staging);
            try
            {
                var listed = manifest.Entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
                var found = new Dictionary<string, ArchiveManifestEntry>(StringComparer.Ordinal);
                foreach (var (path, entry) in entries)
                {
                    if (path == PersonalArchiveFormat.ManifestPath)
                    {
                        continue;
                    }

                    if (!listed.TryGetValue(path, out var expected))
                    {
                        throw new ArchiveRefusedException($"The archive holds {path}, which its manifest does not list." + NothingImported);
                    }

                    found[path] = await HashEntryAsync(entry, path, Math.Min(entry.Length, expected.Size), verified, json, limits, ct);
                }

                if (ArchiveManifestCheck.FirstDifference(manifest.Entries, found) is { } different)
                {
                    throw new ArchiveRefusedException(found.ContainsKey(different)
                        ? $"{different} does not match the SHA-256 in the archive's manifest: the archive was changed or damaged." + NothingImported
                        : $"{different} is listed in the archive's manifest but missing from the archive." + NothingImported);
                }

                if (json.FirstOrDefault(j => j.Value is JsonObject o && o.ContainsKey("unreadable")).Key is { } unreadable)
                {
                    throw new ArchiveRefusedException($"{unreadable} is not valid JSON: the archive is damaged." + NothingImported);
                }

                foreach (var (path, entry) in found.Where(f => !json.ContainsKey(f.Key)))
                {
                    files[path] = entry;
                }

                return verified;
            }
            catch
            {
                verified.Dispose();
                throw;
            }
        }
    }

    private static Dictionary<string, ZipArchiveEntry> CheckEntries(ZipArchive zip, PersonalArchiveOptions limits)
    {
        if (zip.Entries.Count > limits.MaxEntries)
        {
            throw new ArchiveRefusedException($"The archive holds {zip.Entries.Count:N0} files; at most {limits.MaxEntries:N0} can be imported." + NothingImported);
        }

        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (!ArchivePaths.IsSafe(entry.FullName))
            {
                throw new ArchiveRefusedException($"The archive holds an entry with an unsafe name ({Shown(entry.FullName)}): names must be relative, use forward slashes and never step out with \"..\"." + NothingImported);
            }

            if (!entries.TryAdd(entry.FullName, entry))
            {
                throw new ArchiveRefusedException($"The archive holds {entry.FullName} twice." + NothingImported);
            }

            total += entry.Length;
            if (total > limits.MaxUncompressedBytes)
            {
                throw new ArchiveRefusedException($"The archive would expand to more than {limits.MaxUncompressedBytes:N0} bytes, more than can be imported." + NothingImported);
            }

            if (entry.Length > 1024 * 1024 && entry.Length / Math.Max(entry.CompressedLength, 1) > limits.MaxCompressionRatio)
            {
                throw new ArchiveRefusedException($"{entry.FullName} is compressed more than {limits.MaxCompressionRatio} to 1, which only a zip bomb does." + NothingImported);
            }
        }

        return entries;
    }

    private static async Task<PersonalArchiveManifest> ReadManifestAsync(Dictionary<string, ZipArchiveEntry> entries, PersonalArchiveOptions limits, CancellationToken ct)
    {
        if (!entries.TryGetValue(PersonalArchiveFormat.ManifestPath, out var entry))
        {
            throw new ArchiveRefusedException("This zip is not a CpdLog personal archive: it has no manifest.json." + NothingImported);
        }

        JsonObject? node;
        try
        {
            await using var stream = entry.Open();
            using var buffer = new MemoryStream();
            await ArchiveEntryHashing.CopyAsync(stream, buffer, entry.FullName, Math.Min(entry.Length, limits.MaxJsonEntryBytes), ct);
            node = JsonNode.Parse(buffer.ToArray()) as JsonObject;
        }
        catch (Exception e) when (e is InvalidDataException or ArchiveEntryTooLargeException or JsonException)
        {
            throw new ArchiveRefusedException("The archive's manifest.json cannot be read: the archive is damaged." + NothingImported, e);
        }

        var format = node?["format"] is JsonValue f && f.TryGetValue<string>(out var name) ? name : null;
        if (format != PersonalArchiveFormat.FormatName)
        {
            throw new ArchiveRefusedException($"This zip is not a CpdLog personal archive (its manifest names the format \"{Shown(format ?? "")}\", not \"{PersonalArchiveFormat.FormatName}\")." + NothingImported);
        }

        var version = node!["formatVersion"] is JsonValue v && v.TryGetValue<int>(out var number) ? number : 0;
        if (version > PersonalArchiveFormat.CurrentVersion)
        {
            throw new ArchiveRefusedException($"This archive is in format version {version}, newer than this CpdLog reads (up to version {PersonalArchiveFormat.CurrentVersion}). Ask your administrator to update CpdLog, then import it again." + NothingImported);
        }

        if (version < PersonalArchiveFormat.OldestReadableVersion)
        {
            throw new ArchiveRefusedException("The archive's manifest has no format version this CpdLog reads." + NothingImported);
        }

        PersonalArchiveManifest? manifest;
        try
        {
            manifest = node.Deserialize<PersonalArchiveManifest>(PersonalArchiveFormat.Json);
        }
        catch (JsonException e)
        {
            throw new ArchiveRefusedException("The archive's manifest.json is not complete: it must list every file with its size and SHA-256." + NothingImported, e);
        }

        if (manifest?.Entries is null || manifest.Entries.Any(e => e is null || !ArchivePaths.IsSafe(e.Path) || e.Sha256 is null || e.Size < 0))
        {
            throw new ArchiveRefusedException("The archive's manifest lists a file without a safe path, a size or a SHA-256." + NothingImported);
        }

        return manifest;
    }

    private static async Task<ArchiveManifestEntry> HashEntryAsync(ZipArchiveEntry entry, string path, long maxBytes, VerifiedArchive verified,
        Dictionary<string, JsonNode> json, PersonalArchiveOptions limits, CancellationToken ct)
    {
        try
        {
            await using var stream = entry.Open();
            if (!PersonalArchiveFormat.IsFileEntry(path))
            {
                using var buffer = new MemoryStream();
                var hashed = await ArchiveEntryHashing.CopyAsync(stream, buffer, path, Math.Min(maxBytes, limits.MaxJsonEntryBytes), ct);
                try
                {
                    json[path] = JsonNode.Parse(buffer.ToArray()) ?? throw new ArchiveRefusedException($"{path} is empty." + NothingImported);
                }
                catch (JsonException)
                {
                    // Reported after the hashes: a changed file is a hash mismatch, an unchanged one that is not JSON is damaged.
                    json[path] = new JsonObject { ["unreadable"] = true };
                }

                return hashed;
            }

            await using var staged = new FileStream(verified.StagedPath(path), PrivateFiles.NewFile());
            return await ArchiveEntryHashing.CopyAsync(stream, staged, path, maxBytes, ct);
        }
        catch (Exception e) when (e is InvalidDataException or ArchiveEntryTooLargeException)
        {
            throw new ArchiveRefusedException($"{path} cannot be read: the archive is damaged or incomplete." + NothingImported, e);
        }
    }

    private static string Shown(string value) => value.Length > 80 ? value[..80] + "…" : value;
}
