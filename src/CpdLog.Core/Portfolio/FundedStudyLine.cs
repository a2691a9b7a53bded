namespace CpdLog.Core.Portfolio;

/// <summary>Employer-funded study in the period (optional section). Amounts are in pounds sterling.</summary>
public sealed record FundedStudyLine(
    string Title,
    string Provider,
    DateOnly Start,
    DateOnly End,
    decimal AmountApproved,
    string Status);
