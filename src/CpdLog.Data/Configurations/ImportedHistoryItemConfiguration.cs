namespace CpdLog.Data.Configurations;

using CpdLog.Core.Archive;

internal sealed class ImportedHistoryItemConfiguration : IEntityTypeConfiguration<ImportedHistoryItem>
{
    public void Configure(EntityTypeBuilder<ImportedHistoryItem> builder)
    {
        builder.ToTable("ImportedHistory");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.OwnerId).HasMaxLength(450).IsRequired();
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(h => h.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(h => h.Kind).HasMaxLength(40).IsRequired();
        builder.Property(h => h.Title).HasMaxLength(400).IsRequired();
        builder.Property(h => h.Json).IsRequired();
        builder.Property(h => h.StorageKey).HasMaxLength(64);
        builder.HasIndex(h => new { h.OwnerId, h.Kind, h.ArchiveId }).IsUnique();
    }
}
