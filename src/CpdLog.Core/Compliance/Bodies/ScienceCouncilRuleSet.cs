namespace CpdLog.Core.Compliance.Bodies;

/// <summary>
/// Science Council CPD standards (2022) for CSci and RSci, e.g. through the OR Society: an annual reflective record
/// across at least three of five activity categories (exceptionally two), declared by 31 December.
/// </summary>
public sealed class ScienceCouncilRuleSet : IBodyRuleSet
{
    // Source: Science Council 2022 CPD standards (standard 2) — at least three of the five categories.
    public const int RequiredCategories = 3;

    // Source: Science Council 2022 CPD standards (standard 2) — "exceptionally two": accepted, shown as a warning.
    public const int ExceptionalCategories = 2;

    // Source: Science Council 2022 CPD standards (standard 1) — a reflective record.
    public const int RequiredReflections = 1;

    private const string Source = "Science Council: 2022 CPD standards; sciencecouncil.org \"Meeting your annual CPD standards\"";

    public string Code => "SCIENCE-COUNCIL";

    public string Name => "Science Council (CSci / RSci)";

    public string Version => "2022";

    public string AnchorLabel => "Registration date (the CPD year is January to December, declared by 31 December)";

    public IReadOnlyList<BodyOption> Options { get; } = [];

    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf) =>
        CycleMath.YearStartingInMonth(1, asOf).ToCycle();

    public ComplianceResult Evaluate(ComplianceInput input)
    {
        var (cycle, window, by) = JudgedCycle.Of(this, input);
        var categories = Evidence.Activities(input, window).Select(a => a.ActivityType).Distinct().Count();

        // Two categories is acceptable "exceptionally": not a failure, but flagged as a warning.
        var severity = categories == ExceptionalCategories ? RequirementSeverity.Advisory : RequirementSeverity.Required;
        var requirements = new List<RequirementResult>
        {
            Rule.AtLeast("activity-categories", "CPD activity categories (at least 3 of 5)", RequiredCategories, categories, "categories",
                n => $"Log {Wording.Count(n, "activity", "activities")} in a category you have not used yet", by, Source, severity),
            Rule.AtLeast("reflective-record", "Reflective record", RequiredReflections, Evidence.Reflections(input, window).Count,
                "reflections", _ => "Write a reflection on what your CPD changed in your practice", by, Source),
        };

        return new ComplianceResult(Code, Version, cycle, requirements) { AsOf = input.AsOf };
    }
}
