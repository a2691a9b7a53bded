namespace CpdLog.Web.Infrastructure.Backup;

/// <summary>What a restore put back.</summary>
public sealed record RestoreResult(string Provider, int EvidenceFiles, string? LastMigration);
