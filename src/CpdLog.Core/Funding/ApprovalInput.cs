namespace CpdLog.Core.Funding;

/// <summary>An approval: optionally a different amount (with a reason), the study leave granted, retrospective permission.</summary>
public sealed record ApprovalInput(
    decimal? Amount = null,
    string? AmountReason = null,
    decimal? LeaveHours = null,
    bool AllowRetrospective = false,
    string? Comment = null,
    string? BudgetOverrideReason = null);
