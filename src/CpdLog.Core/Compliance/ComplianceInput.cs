namespace CpdLog.Core.Compliance;

/// <summary>Everything a rule set needs to judge one registration: pure data, no I/O.</summary>
public sealed record ComplianceInput : RecordLists
{
    public required DateOnly AnchorDate { get; init; }

    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>The date the judgement is made ("today" at the edge, or an explicit asOf).</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>
    /// Judge as the rule set did before its <see cref="IBodyRuleSet.Corrections"/>: used only to tell the user that a
    /// result changed because a rule was corrected (<see cref="RuleCorrections.Changes"/>).
    /// </summary>
    public bool BeforeCorrections { get; init; }
}
