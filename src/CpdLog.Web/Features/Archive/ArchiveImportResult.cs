namespace CpdLog.Web.Features.Archive;

/// <summary>
/// What an import did: per archive record type, how many records were imported and how many were skipped because an
/// earlier import of the same archive had brought them in already; and the references that had to change.
/// </summary>
public sealed record ArchiveImportResult(
    DateTimeOffset ExportedAt,
    string ExportedBy,
    IReadOnlyDictionary<string, int> Imported,
    IReadOnlyDictionary<string, int> SkippedAsDuplicates,
    IReadOnlyList<RenumberedReference> Renumbered,
    IReadOnlyList<string> CustomBodiesAdded)
{
    public int TotalImported => Imported.Values.Sum();

    public int TotalSkipped => SkippedAsDuplicates.Values.Sum();
}
