namespace CpdLog.Core.Funding;

public enum FundingStatus
{
    Draft = 0,
    Submitted = 1,

    /// <summary>Approved by the line manager; a budget holder must approve too (above the threshold or over budget).</summary>
    AwaitingBudgetHolder = 2,
    Returned = 3,
    Rejected = 4,

    /// <summary>Approved: money committed, study leave booked, a planned CPD activity created.</summary>
    InProgress = 5,
    Completed = 6,
    Withdrawn = 7,

    /// <summary>Completed, but the actual cost is above the approved amount: the approver decides whether the extra is paid.</summary>
    AwaitingCostApproval = 8,
}
