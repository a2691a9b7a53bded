namespace CpdLog.Core.Compliance;

/// <summary>One version of a body's rules and the first cycle end it applies to.</summary>
public sealed record RuleSetVersion(IBodyRuleSet RuleSet, DateOnly EffectiveFrom);
