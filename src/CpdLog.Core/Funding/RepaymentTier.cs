namespace CpdLog.Core.Funding;

/// <summary>A step of a tiered schedule: <see cref="Percent"/> is repayable when leaving within <see cref="WithinMonths"/> complete months.</summary>
public sealed record RepaymentTier(int WithinMonths, decimal Percent);
