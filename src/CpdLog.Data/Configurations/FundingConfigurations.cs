namespace CpdLog.Data.Configurations;

using CpdLog.Core.Funding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal static class FundingMapping
{
    /// <summary>Money: exact decimal, pounds and pence.</summary>
    public static PropertyBuilder<decimal> HasMoney(this PropertyBuilder<decimal> property) => property.HasPrecision(12, 2);

    public static PropertyBuilder<decimal?> HasMoney(this PropertyBuilder<decimal?> property) => property.HasPrecision(12, 2);
}

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

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> builder)
    {
        builder.ToTable("Budgets");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.CostCentre).HasMaxLength(FundingTextLimits.CostCentre).IsRequired();
        builder.Property(b => b.Allocated).HasMoney();
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => new { b.CostCentre, b.FinancialYearStart }).IsUnique();
        builder.Ignore(b => b.Year);
    }
}

internal sealed class ApprovalDelegationConfiguration : IEntityTypeConfiguration<ApprovalDelegation>
{
    public void Configure(EntityTypeBuilder<ApprovalDelegation> builder)
    {
        builder.ToTable("ApprovalDelegations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.LineManagerId).HasMaxLength(450).IsRequired();
        builder.Property(d => d.DelegateId).HasMaxLength(450).IsRequired();
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(d => d.LineManagerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CpdUser>().WithMany().HasForeignKey(d => d.DelegateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.DelegateId);
    }
}

internal sealed class AgreementTemplateConfiguration : IEntityTypeConfiguration<AgreementTemplate>
{
    public void Configure(EntityTypeBuilder<AgreementTemplate> builder)
    {
        builder.ToTable("AgreementTemplates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(FundingTextLimits.TemplateName).IsRequired();
        builder.Property(t => t.MinFees).HasMoney();
        builder.Property(t => t.ScheduleKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Tiers).HasMaxLength(FundingTextLimits.Tiers);
        builder.Property(t => t.CreatedById).HasMaxLength(450);
        builder.HasIndex(t => new { t.FamilyId, t.Version }).IsUnique();
        builder.Ignore(t => t.Schedule);
    }
}

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

internal sealed class PdpGoalConfiguration : IEntityTypeConfiguration<PdpGoal>
{
    public void Configure(EntityTypeBuilder<PdpGoal> builder)
    {
        builder.ConfigureOwned("PdpGoals");
        builder.Property(g => g.Title).HasMaxLength(300).IsRequired();
        builder.Property(g => g.Description).HasMaxLength(4000);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
    }
}

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
