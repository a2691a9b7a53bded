namespace CpdLog.Core.Funding;

/// <summary>How a person relates to a request they might decide.</summary>
[Flags]
public enum ApproverAuthority
{
    None = 0,

    /// <summary>The requester's line manager.</summary>
    LineManager = 1,

    /// <summary>Named by the requester's line manager to decide while they are away, within the delegation dates.</summary>
    Delegate = 2,

    /// <summary>Holds the budget role: makes the second approval and budget overrides.</summary>
    BudgetHolder = 4,
}
