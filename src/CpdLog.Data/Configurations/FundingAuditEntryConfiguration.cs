namespace CpdLog.Data.Configurations;

using CpdLog.Core.Funding;

internal sealed class FundingAuditEntryConfiguration : IEntityTypeConfiguration<FundingAuditEntry>
{
    public void Configure(EntityTypeBuilder<FundingAuditEntry> builder)
    {
        builder.ToTable("FundingAudit");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ActorId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.Kind).HasMaxLength(50).IsRequired();
        builder.Property(a => a.CostCentre).HasMaxLength(FundingTextLimits.CostCentre);
        builder.Property(a => a.Amount).HasMoney();
        builder.Property(a => a.Detail).HasMaxLength(FundingTextLimits.AuditDetail);
        builder.HasIndex(a => a.At);
    }
}
