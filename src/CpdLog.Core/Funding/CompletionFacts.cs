namespace CpdLog.Core.Funding;

/// <summary>What completing needs to know from outside the request: the money ceiling and the second-approval threshold.</summary>
public sealed record CompletionFacts(FundingLimits Limits, decimal SecondApprovalThreshold);
