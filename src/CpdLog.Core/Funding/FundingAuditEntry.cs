namespace CpdLog.Core.Funding;

/// <summary>An append-only record of a decision, agreement acceptance or budget change, for Admins.</summary>
public sealed class FundingAuditEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public DateTimeOffset At { get; set; }

    public string ActorId { get; set; } = "";

    /// <summary>E.g. "Approved", "AgreementAccepted", "BudgetAllocated", "BudgetOverride".</summary>
    public string Kind { get; set; } = "";

    public Guid? FundingRequestId { get; set; }

    public string? CostCentre { get; set; }

    public decimal? Amount { get; set; }

    public string Detail { get; set; } = "";
}
