namespace CpdLog.Core.Compliance;

/// <summary>Finds the requirements of a judgement that a rule correction changed.</summary>
public static class RuleCorrections
{
    /// <summary>
    /// Re-judges <paramref name="input"/> as before the rule set's corrections and returns each corrected requirement
    /// whose status, required amount or achieved amount differs. Empty when the rule set has no corrections.
    /// </summary>
    public static IReadOnlyList<CorrectedResult> Changes(IBodyRuleSet ruleSet, ComplianceInput input, ComplianceResult now)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(now);
        if (ruleSet.Corrections.Count == 0)
        {
            return [];
        }

        var before = ruleSet.Evaluate(input with { BeforeCorrections = true });
        var changes = new List<CorrectedResult>();
        foreach (var group in ruleSet.Corrections.GroupBy(c => c.RequirementCode, StringComparer.OrdinalIgnoreCase))
        {
            var was = before.Find(group.Key);
            var current = now.Find(group.Key);
            if (was is not null && current is not null &&
                (was.Met != current.Met || was.Required != current.Required || was.Achieved != current.Achieved))
            {
                changes.Add(new CorrectedResult(group.ToList(), was, current));
            }
        }

        return changes;
    }
}
