namespace CpdLog.Core.Compliance.Bodies;

/// <summary>
/// ACCA CPD: the unit route needs 40 units (1 unit = 1 hour) a calendar year, at least 21 verifiable. Members on an
/// approved-employer or IFAC route follow that programme instead, so the unit targets become advisory.
/// </summary>
/// <remarks>Carry-forward of excess verifiable units and the part-time route are not modelled.</remarks>
public sealed class AccaRuleSet : IBodyRuleSet
{
    // Source: accaglobal.com CPD routes (unit route) — 40 units a year.
    public const decimal RequiredUnits = 40m;

    // Source: accaglobal.com CPD routes (unit route) — at least 21 verifiable units.
    public const decimal RequiredVerifiableUnits = 21m;

    public const string RouteOption = "route";

    private const string Source = "ACCA: accaglobal.com CPD routes (unit route: 40 units, 21 verifiable)";

    private static readonly string[] Routes = ["unit", "employer", "ifac"];

    public string Code => "ACCA";

    public string Name => "Association of Chartered Certified Accountants";

    public string Version => "v1";

    public string AnchorLabel => "Membership start date (the CPD year is January to December)";

    public IReadOnlyList<BodyOption> Options { get; } =
    [
        new(RouteOption, "CPD route", Routes, "unit",
            "unit: 40 units, 21 verifiable. employer or ifac: follow your approved employer's or IFAC body's programme."),
    ];

    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf) =>
        CycleMath.YearStartingInMonth(1, asOf).ToCycle();

    public ComplianceResult Evaluate(ComplianceInput input)
    {
        var cycle = GetCycle(input.AnchorDate, input.Options, input.AsOf);
        var window = new Period(cycle.Start, cycle.End);
        var by = Wording.Before(cycle.Deadline, input.AsOf);
        var activities = Evidence.Activities(input, window);
        var route = OptionReader.OneOf(input.Options, RouteOption, Routes, "unit");
        var unitRoute = route == "unit";
        var severity = unitRoute ? RequirementSeverity.Required : RequirementSeverity.Advisory;
        var verb = unitRoute ? "Log" : "Your approved route sets your target; as a guide, log";
        var guide = unitRoute ? "" : " (then declare compliance in myACCA)";

        var requirements = new List<RequirementResult>
        {
            Rule.AtLeast("cpd-units", "CPD units", RequiredUnits, activities.Sum(a => a.Hours), "units",
                n => $"{verb} {Wording.Count(n, "more unit")}", by + guide, Source, severity),
            Rule.AtLeast("verifiable-units", "Verifiable CPD units", RequiredVerifiableUnits,
                activities.Where(a => a.IsVerifiable).Sum(a => a.Hours), "units",
                n => $"{verb} {Wording.Count(n, "more verifiable unit")}", by + guide, Source, severity),
        };

        return new ComplianceResult(Code, Version, cycle, requirements) { AsOf = input.AsOf };
    }
}
