namespace CpdLog.Core.Compliance;

/// <summary>A requirement whose result changed because of a correction: what it was, and what it is now.</summary>
public sealed record CorrectedResult(IReadOnlyList<RuleCorrection> Corrections, RequirementResult Before, RequirementResult Now);
