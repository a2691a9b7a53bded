namespace CpdLog.Data.Configurations;

using CpdLog.Core.Funding;

internal sealed class AgreementAcceptanceConfiguration : IEntityTypeConfiguration<AgreementAcceptance>
{
    public void Configure(EntityTypeBuilder<AgreementAcceptance> builder)
    {
        builder.ToTable("AgreementAcceptances");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.AcceptedById).HasMaxLength(450).IsRequired();
        builder.Property(a => a.Amount).HasMoney();
        builder.Property(a => a.Fees).HasMoney();
        builder.Property(a => a.ScheduleText).HasMaxLength(1000);
        builder.HasOne<FundingRequest>().WithMany().HasForeignKey(a => a.FundingRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AgreementTemplate>().WithMany().HasForeignKey(a => a.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.FundingRequestId);
    }
}
