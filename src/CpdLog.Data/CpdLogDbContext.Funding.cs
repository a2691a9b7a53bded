namespace CpdLog.Data;

using CpdLog.Core.Funding;

/// <summary>Employer-funded study: requests and their decisions, budgets, delegations, learning agreements, PDP goals, audit.</summary>
public sealed partial class CpdLogDbContext
{
    public DbSet<FundingRequest> FundingRequests => Set<FundingRequest>();

    public DbSet<FundingDecision> FundingDecisions => Set<FundingDecision>();

    public DbSet<Budget> Budgets => Set<Budget>();

    public DbSet<ApprovalDelegation> ApprovalDelegations => Set<ApprovalDelegation>();

    public DbSet<AgreementTemplate> AgreementTemplates => Set<AgreementTemplate>();

    public DbSet<AgreementAcceptance> AgreementAcceptances => Set<AgreementAcceptance>();

    public DbSet<PdpGoal> PdpGoals => Set<PdpGoal>();

    /// <summary>Append-only: code only ever adds entries.</summary>
    public DbSet<FundingAuditEntry> FundingAudit => Set<FundingAuditEntry>();
}
