namespace CpdLog.Core.Compliance.Bodies;

/// <summary>
/// The shape shared by bodies that set no hours but want the CPD cycle evidenced once a year (CIMA, CMI): a year
/// starting on the anchor date, and one requirement counting activities with a linked reflection. Each body keeps its
/// own class, code, version, constants and sources; only the evaluation lives here.
/// </summary>
internal static class ReflectedActivityYear
{
    public static CpdCycle Cycle(DateOnly anchor, DateOnly asOf) => CycleMath.StartingOnAnniversary(anchor, 12, asOf).ToCycle();

    public static ComplianceResult Evaluate(
        IBodyRuleSet body,
        ComplianceInput input,
        string code,
        string title,
        int required,
        string todo,
        string source,
        RequirementSeverity severity = RequirementSeverity.Required)
    {
        var cycle = Cycle(input.AnchorDate, input.AsOf);
        var window = new Period(cycle.Start, cycle.End);

        var requirements = new List<RequirementResult>
        {
            Rule.AtLeast(code, title, required, Evidence.WithReflection(input, window).Count, "activities",
                _ => todo, Wording.Before(cycle.Deadline, input.AsOf), source, severity),
        };

        return new ComplianceResult(body.Code, body.Version, cycle, requirements) { AsOf = input.AsOf };
    }
}
