namespace CpdLog.Data.Configurations;

using CpdLog.Core.Archive;

internal sealed class ArchiveImportMapEntryConfiguration : IEntityTypeConfiguration<ArchiveImportMapEntry>
{
    public void Configure(EntityTypeBuilder<ArchiveImportMapEntry> builder)
    {
        builder.ConfigureUserRows("ArchiveImportMap");
        builder.Property(m => m.RecordType).HasMaxLength(40).IsRequired();

        // One archive id per owner and type: a second import of the same archive finds every record here and skips it.
        builder.HasIndex(m => new { m.OwnerId, m.RecordType, m.ArchiveId }).IsUnique();
        builder.HasIndex(m => new { m.OwnerId, m.RecordType, m.NewId });
    }
}
