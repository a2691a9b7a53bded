namespace CpdLog.Data;

using CpdLog.Core.Archive;

/// <summary>Personal archive imports: the per-owner id map and the read-only history from a previous employer.</summary>
public sealed partial class CpdLogDbContext
{
    public DbSet<ArchiveImportMapEntry> ArchiveImportMap => Set<ArchiveImportMapEntry>();

    public DbSet<ImportedHistoryItem> ImportedHistory => Set<ImportedHistoryItem>();
}
