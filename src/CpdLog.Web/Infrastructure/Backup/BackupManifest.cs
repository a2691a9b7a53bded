namespace CpdLog.Web.Infrastructure.Backup;

/// <summary>The last entry of an archive: what it holds and the SHA-256 of every other entry.</summary>
public sealed record BackupManifest(
    string Format,
    int Version,
    DateTimeOffset CreatedAt,
    string Provider,
    string DatabaseFormat,
    string? LastMigration,
    IReadOnlyList<BackupManifestEntry> Entries,
    IReadOnlyList<string> MissingEvidenceKeys)
{
    public const string FormatName = "cpdlog-backup";
    public const string EntryName = "manifest.json";
}

public sealed record BackupManifestEntry(string Path, long Size, string Sha256);

/// <summary>What a backup wrote.</summary>
public sealed record BackupResult(string File, long ArchiveBytes, int EvidenceFiles, IReadOnlyList<string> MissingEvidenceKeys, string? LastMigration);

/// <summary>What a restore put back.</summary>
public sealed record RestoreResult(string Provider, int EvidenceFiles, string? LastMigration);
