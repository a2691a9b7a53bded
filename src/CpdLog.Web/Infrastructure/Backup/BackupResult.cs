namespace CpdLog.Web.Infrastructure.Backup;

/// <summary>What a backup wrote.</summary>
public sealed record BackupResult(string File, long ArchiveBytes, int EvidenceFiles, IReadOnlyList<string> MissingEvidenceKeys, string? LastMigration);
