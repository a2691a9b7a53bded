namespace CpdLog.Data.Configurations;

using CpdLog.Core.Funding;

internal sealed class FundingDecisionConfiguration : IEntityTypeConfiguration<FundingDecision>
{
    public void Configure(EntityTypeBuilder<FundingDecision> builder)
    {
        builder.ToTable("FundingDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Action).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.FromStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.ToStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.ActorId).HasMaxLength(450).IsRequired();
        builder.Property(d => d.Comment).HasMaxLength(FundingTextLimits.Comment);
        builder.Property(d => d.Amount).HasMoney();
        builder.Property(d => d.LeaveHours).HasPrecision(9, 2);
        builder.HasIndex(d => new { d.FundingRequestId, d.At });
    }
}
