namespace CpdLog.Core.Funding;

public enum FundingAction
{
    Created = 0,
    Updated = 1,
    Submitted = 2,
    ApprovedByLineManager = 3,
    Approved = 4,
    Rejected = 5,
    Returned = 6,
    Completed = 7,
    Withdrawn = 8,
    AgreementAccepted = 9,

    /// <summary>An approver allowed a request for study that has already started (before any approval).</summary>
    RetrospectiveAllowed = 10,

    /// <summary>Completed at a higher cost than approved, with a reason: sent back to the approver.</summary>
    CostIncreaseRequested = 11,

    CostIncreaseApproved = 12,

    /// <summary>The extra cost was refused: the approved amount is what is spent.</summary>
    CostIncreaseRefused = 13,
}
