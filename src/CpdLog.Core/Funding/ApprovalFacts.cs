namespace CpdLog.Core.Funding;

/// <summary>Facts the approval checks that live outside the request: the approval rules, budget and agreement.</summary>
public sealed record ApprovalFacts(decimal SecondApprovalThreshold, BudgetPosition? Budget, bool AgreementRequired, bool AgreementAccepted, FundingLimits? Limits = null);
