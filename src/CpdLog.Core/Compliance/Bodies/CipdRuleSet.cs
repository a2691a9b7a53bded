namespace CpdLog.Core.Compliance.Bodies;

/// <summary>CIPD CPD policy (Learning Hub version): reflect at least three times each calendar year.</summary>
public sealed class CipdRuleSet : IBodyRuleSet
{
    // Source: cipd.org/uk/learning/cpd/policy (version A) — reflect "at least three times each year (January to December)".
    public const int RequiredReflections = 3;

    // Source: cipd.org/uk/learning/cpd/policy (version B) — about 30 hours a year of planned learning, recommended.
    public const decimal AdvisoryPlannedLearningHours = 30m;

    private const string ReflectionSource = "CIPD: cipd.org/uk/learning/cpd/policy (My CPD Reflections, 3 a year)";
    private const string HoursSource = "CIPD: cipd.org/uk/learning/cpd/policy (about 30 hours of planned learning a year, recommended)";

    public string Code => "CIPD";

    public string Name => "Chartered Institute of Personnel and Development";

    public string Version => "v1";

    public string AnchorLabel => "Membership start date (the CPD year is January to December)";

    public IReadOnlyList<BodyOption> Options { get; } = [];

    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf) =>
        CycleMath.YearStartingInMonth(1, asOf).ToCycle();

    public ComplianceResult Evaluate(ComplianceInput input)
    {
        var (cycle, window, by) = JudgedCycle.Of(this, input);

        var requirements = new List<RequirementResult>
        {
            Rule.AtLeast("reflections", "Reflections this year", RequiredReflections, Evidence.Reflections(input, window).Count,
                "reflections", n => $"Write {Wording.Count(n, "more reflection")}", by, ReflectionSource),
            Rule.AtLeast("planned-learning-hours", "Planned learning hours (recommended)", AdvisoryPlannedLearningHours,
                Evidence.Activities(input, window).Sum(a => a.Hours), "hours",
                n => $"Consider logging {Wording.Count(n, "more hour")} of planned learning", by, HoursSource,
                RequirementSeverity.Advisory),
        };

        return new ComplianceResult(Code, Version, cycle, requirements) { AsOf = input.AsOf };
    }
}
