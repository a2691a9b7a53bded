namespace CpdLog.Data.Configurations;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ConfigureOwned("EvidenceFiles");
        builder.Property(e => e.FileName).HasMaxLength(255).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.StorageKey).HasMaxLength(200).IsRequired();
        builder.HasIndex(e => new { e.RecordKind, e.RecordId });
        builder.Property(e => e.Description).HasMaxLength(500);
        builder.Property(e => e.Standards).HasMaxLength(200);
    }
}
