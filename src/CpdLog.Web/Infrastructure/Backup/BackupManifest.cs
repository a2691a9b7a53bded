namespace CpdLog.Web.Infrastructure.Backup;

using CpdLog.Web.Infrastructure.Archives;

/// <summary>The last entry of an archive: what it holds and the SHA-256 of every other entry.</summary>
public sealed record BackupManifest(
    string Format,
    int Version,
    DateTimeOffset CreatedAt,
    string Provider,
    string DatabaseFormat,
    string? LastMigration,
    IReadOnlyList<ArchiveManifestEntry> Entries,
    IReadOnlyList<string> MissingEvidenceKeys)
{
    public const string FormatName = "cpdlog-backup";
    public const string EntryName = "manifest.json";
}
