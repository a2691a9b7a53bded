namespace CpdLog.Web.Features.Funding;

/// <summary>The approver's decision on an actual cost above the approved amount.</summary>
public sealed record CostDecisionInput(bool Accept, string? Comment, string? BudgetOverrideReason);
