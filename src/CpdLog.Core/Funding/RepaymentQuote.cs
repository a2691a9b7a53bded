namespace CpdLog.Core.Funding;

/// <summary>The amount repayable on one agreement for one leaving date and reason, with the reason in words.</summary>
public sealed record RepaymentQuote(decimal Amount, decimal Fraction, bool Triggered, bool Waived, string Explanation);
