namespace CpdLog.IntegrationTests.Archive;

using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

/// <summary>Takes a personal archive apart and puts it back together, to make damaged, altered or crafted archives.</summary>
public static class ArchiveBytes
{
    public static List<(string Name, byte[] Content)> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return (e.FullName, buffer.ToArray());
        })];
    }

    public static byte[] Build(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// The archive with <paramref name="change"/> applied to its entries; with <paramref name="rehash"/>, the manifest is
    /// made to agree with the changed entries (a crafted archive rather than a damaged one).
    /// </summary>
    public static byte[] Rewrite(byte[] zip, Action<List<(string Name, byte[] Content)>> change, bool rehash)
    {
        var entries = Entries(zip);
        change(entries);
        if (rehash)
        {
            var index = entries.FindIndex(e => e.Name == "manifest.json");
            var manifest = JsonNode.Parse(entries[index].Content)!.AsObject();
            manifest["entries"] = new JsonArray([.. entries.Where(e => e.Name != "manifest.json").Select(e => (JsonNode)new JsonObject
            {
                ["path"] = e.Name,
                ["size"] = e.Content.LongLength,
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(e.Content)),
            })]);
            entries[index] = ("manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString()));
        }

        return Build(entries);
    }

    /// <summary>Changes one JSON entry in place.</summary>
    public static void EditJson(List<(string Name, byte[] Content)> entries, string name, Action<JsonNode> edit)
    {
        var index = entries.FindIndex(e => e.Name == name);
        var node = JsonNode.Parse(entries[index].Content)!;
        edit(node);
        entries[index] = (name, System.Text.Encoding.UTF8.GetBytes(node.ToJsonString()));
    }
}
