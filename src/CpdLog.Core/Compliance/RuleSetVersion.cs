namespace CpdLog.Core.Compliance;

using CpdLog.Core.Compliance.Bodies;

/// <summary>One version of a body's rules and the first cycle end it applies to.</summary>
public sealed record RuleSetVersion(IBodyRuleSet RuleSet, DateOnly EffectiveFrom);
