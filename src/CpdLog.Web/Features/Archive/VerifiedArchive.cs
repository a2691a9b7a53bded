namespace CpdLog.Web.Features.Archive;

using System.Text.Json.Nodes;
using CpdLog.Web.Infrastructure.Archives;

/// <summary>
/// A personal archive whose every entry matched its manifest: the JSON entries parsed, and the evidence files staged in
/// a private temporary folder (deleted on dispose) until the import writes them to the file store.
/// </summary>
public sealed class VerifiedArchive(PersonalArchiveManifest manifest, IReadOnlyDictionary<string, JsonNode> json,
    IReadOnlyDictionary<string, ArchiveManifestEntry> files, string stagingFolder) : IDisposable
{
    public PersonalArchiveManifest Manifest => manifest;

    /// <summary>The parsed JSON entries by path (everything but <c>evidence/</c>).</summary>
    public IReadOnlyDictionary<string, JsonNode> Json => json;

    /// <summary>The evidence entries by path, with their checked size and SHA-256.</summary>
    public IReadOnlyDictionary<string, ArchiveManifestEntry> Files => files;

    /// <summary>Where an evidence entry's bytes wait until the import commits.</summary>
    public string StagedPath(string path) => Path.Combine(stagingFolder, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(path))));

    /// <summary>The items of one JSON entry (<c>{ format, type, items: [...] }</c>); empty when an older archive lacks the file.</summary>
    public IReadOnlyList<JsonObject> Items(string path)
    {
        if (!json.TryGetValue(path, out var node))
        {
            return [];
        }

        if (node is not JsonObject envelope || envelope["format"]?.GetValue<string>() != PersonalArchiveFormat.FormatName
            || envelope["items"] is not JsonArray items || items.Any(i => i is not JsonObject))
        {
            throw new ArchiveRefusedException($"{path} is not in the personal archive format (it needs a format name and a list of items). Nothing was imported.");
        }

        return [.. items.Cast<JsonObject>()];
    }

    public void Dispose()
    {
        if (Directory.Exists(stagingFolder))
        {
            Directory.Delete(stagingFolder, recursive: true);
        }
    }
}
