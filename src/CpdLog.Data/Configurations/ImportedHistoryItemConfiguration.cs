namespace CpdLog.Data.Configurations;

using CpdLog.Core.Archive;

internal sealed class ImportedHistoryItemConfiguration : IEntityTypeConfiguration<ImportedHistoryItem>
{
    public void Configure(EntityTypeBuilder<ImportedHistoryItem> builder)
    {
        builder.ConfigureUserRows("ImportedHistory");
        builder.Property(h => h.Kind).HasMaxLength(40).IsRequired();
        builder.Property(h => h.Title).HasMaxLength(400).IsRequired();
        builder.Property(h => h.Json).IsRequired();
        builder.Property(h => h.StorageKey).HasMaxLength(64);
        builder.HasIndex(h => new { h.OwnerId, h.Kind, h.ArchiveId }).IsUnique();
    }
}
