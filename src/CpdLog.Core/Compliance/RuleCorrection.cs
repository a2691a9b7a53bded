namespace CpdLog.Core.Compliance;

/// <summary>
/// A correction made in place to a rule version because CpdLog had misread the body's published rule: every cycle is
/// re-judged by the corrected rule. <paramref name="RequirementCode"/> is the requirement whose result may change.
/// </summary>
public sealed record RuleCorrection(string RequirementCode, DateOnly CorrectedOn, string What);
