namespace CpdLog.Data.Configurations;

using CpdLog.Core.Funding;

internal sealed class FundingRequestConfiguration : IEntityTypeConfiguration<FundingRequest>
{
    public void Configure(EntityTypeBuilder<FundingRequest> builder)
    {
        builder.ToTable("FundingRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RequesterId).HasMaxLength(450).IsRequired();
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(r => r.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Title).HasMaxLength(FundingTextLimits.Title).IsRequired();
        builder.Property(r => r.Provider).HasMaxLength(FundingTextLimits.Provider);
        builder.Property(r => r.Mode).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.CostCentre).HasMaxLength(FundingTextLimits.CostCentre);
        builder.Property(r => r.StudyLeaveDates).HasMaxLength(FundingTextLimits.StudyLeaveDates);
        builder.Property(r => r.AmountReason).HasMaxLength(FundingTextLimits.Reason);
        builder.Property(r => r.BudgetOverrideReason).HasMaxLength(FundingTextLimits.Reason);
        builder.Property(r => r.FirstApproverId).HasMaxLength(450);
        builder.Property(r => r.FinalApproverId).HasMaxLength(450);
        builder.Property(r => r.CertificateKey).HasMaxLength(100);
        builder.Property(r => r.CertificateFileName).HasMaxLength(255);
        builder.Property(r => r.TuitionFee).HasMoney();
        builder.Property(r => r.ExamFee).HasMoney();
        builder.Property(r => r.TravelCost).HasMoney();
        builder.Property(r => r.OtherCost).HasMoney();
        builder.Property(r => r.ApprovedAmount).HasMoney();
        builder.Property(r => r.SpentAmount).HasMoney();
        builder.Property(r => r.ClaimedAmount).HasMoney();
        builder.Property(r => r.CostReason).HasMaxLength(FundingTextLimits.Reason);
        builder.Property(r => r.StudyLeaveHours).HasPrecision(9, 2);
        builder.Property(r => r.ApprovedLeaveHours).HasPrecision(9, 2);
        builder.Property(r => r.PlannedHours).HasPrecision(9, 2);
        builder.Property(r => r.ActualHours).HasPrecision(9, 2);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasMany(r => r.History).WithOne().HasForeignKey(d => d.FundingRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(r => new { r.RequesterId, r.Status });
        builder.HasIndex(r => new { r.CostCentre, r.FinancialYearStart });
        builder.HasIndex(r => new { r.Status, r.AwaitingSince });
        builder.Ignore(r => r.TotalRequested);
        builder.Ignore(r => r.Fees);
        builder.Ignore(r => r.IsEditable);
        builder.Ignore(r => r.IsPending);
        builder.Ignore(r => r.CommitsLeave);
        builder.Ignore(r => r.Year);
    }
}
