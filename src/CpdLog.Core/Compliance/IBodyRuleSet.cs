namespace CpdLog.Core.Compliance;

/// <summary>
/// A versioned rule set for one professional body. Implementations are pure: the same input gives the same result.
/// </summary>
public interface IBodyRuleSet
{
    /// <summary>Stable body code, e.g. "NMC".</summary>
    string Code { get; }

    string Name { get; }

    /// <summary>Rule version, e.g. "2024-01"; an old cycle is judged by the rules in force then.</summary>
    string Version { get; }

    /// <summary>What the anchor date means for this body (shown on the registration form).</summary>
    string AnchorLabel { get; }

    IReadOnlyList<BodyOption> Options { get; }

    /// <summary>The cycle containing <paramref name="asOf"/> for a registration anchored on <paramref name="anchor"/>.</summary>
    CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf);

    ComplianceResult Evaluate(ComplianceInput input);

    /// <summary>Corrections made to this version in place (every cycle re-judged); see docs/requirement-codes.md.</summary>
    IReadOnlyList<RuleCorrection> Corrections => [];

    /// <summary>The hint under the anchor date on the registration form.</summary>
    string AnchorHint => "For example, 31 March 2027.";

    /// <summary>Null when <paramref name="anchor"/> is acceptable for this body, else what to enter instead.</summary>
    string? CheckAnchor(DateOnly anchor) => null;

    /// <summary>The last day of <paramref name="cycle"/> on which records count (the cycle end unless a body stops earlier).</summary>
    DateOnly LastCountingDay(CpdCycle cycle, IReadOnlyDictionary<string, string> options) => cycle.End;
}
