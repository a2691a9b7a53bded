namespace CpdLog.Web.Infrastructure.Archives;

/// <summary>Compares what an archive holds with what its manifest says, entry by entry.</summary>
public static class ArchiveManifestCheck
{
    /// <summary>
    /// The path of the first manifest entry that is missing from <paramref name="found"/> or differs from it in size or
    /// SHA-256, or else of the first entry found that the manifest does not list; null when they agree exactly.
    /// </summary>
    public static string? FirstDifference(IEnumerable<ArchiveManifestEntry> expected, IReadOnlyDictionary<string, ArchiveManifestEntry> found)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(found);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in expected)
        {
            if (!listed.Add(entry.Path)
                || !found.TryGetValue(entry.Path, out var actual)
                || actual.Size != entry.Size
                || !string.Equals(actual.Sha256, entry.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Path;
            }
        }

        return found.Keys.Where(path => !listed.Contains(path)).Order(StringComparer.Ordinal).FirstOrDefault();
    }
}
