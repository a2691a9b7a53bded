namespace CpdLog.Web.Infrastructure.Backup;

using CpdLog.Web.Infrastructure.Archives;

/// <summary>What a restore put back.</summary>
public sealed record RestoreResult(string Provider, int EvidenceFiles, string? LastMigration);
