namespace CpdLog.Data.Configurations;

using CpdLog.Core.Administration;

internal sealed class AdminAuditEntryConfiguration : IEntityTypeConfiguration<AdminAuditEntry>
{
    public void Configure(EntityTypeBuilder<AdminAuditEntry> builder)
    {
        builder.ToTable("AdminAudit");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ActorId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.Kind).HasMaxLength(50).IsRequired();
        builder.Property(a => a.Subject).HasMaxLength(450);
        builder.Property(a => a.Before).HasMaxLength(4000);
        builder.Property(a => a.After).HasMaxLength(4000);
        builder.HasIndex(a => a.At);
    }
}
