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

/// <summary>What a backup wrote.</summary>
public sealed record BackupResult(string File, long ArchiveBytes, int EvidenceFiles, IReadOnlyList<string> MissingEvidenceKeys, string? LastMigration);

/// <summary>What a restore put back.</summary>
public sealed record RestoreResult(string Provider, int EvidenceFiles, string? LastMigration);
