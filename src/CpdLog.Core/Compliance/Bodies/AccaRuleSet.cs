namespace CpdLog.Core.Compliance.Bodies;

/// <summary>
/// ACCA CPD: the unit route needs 40 units (1 unit = 1 hour) a calendar year, at least 21 verifiable. Members on an
/// approved-employer or IFAC route follow that programme instead, so the unit targets become advisory.
/// </summary>
/// <remarks>
/// Carry-forward (unit route): when last CPD year's total went over 40 units, up to 21 of its verifiable units beyond
/// the 21 required count again this year, toward both targets. The year of admission has no requirement (CPD starts
/// on 1 January the year after), so nothing is carried from it into the first CPD year; never twice (only units logged last year are carried, not units carried into it).
/// The part-time route is not modelled.
/// </remarks>
public sealed class AccaRuleSet : IBodyRuleSet
{
    // Source: accaglobal.com CPD routes (unit route) — 40 units a year.
    public const decimal RequiredUnits = 40m;

    // Source: accaglobal.com CPD routes (unit route) — at least 21 verifiable units.
    public const decimal RequiredVerifiableUnits = 21m;

    // Source: ACCA member CPD FAQs — up to 21 excess verifiable units carried to the next year if the 40-unit total was
    // exceeded; not in the first year; non-verifiable units are not carried.
    public const decimal MaxCarriedUnits = 21m;

    public const string RouteOption = "route";

    private const string AdmissionSource = "ACCA: accaportal.accaglobal.com KA-01203 (new members start CPD from 1 January the year after admission)";

    private const string Source = "ACCA: accaglobal.com CPD routes (unit route: 40 units, 21 verifiable)";

    private const string AdmissionCorrection =
        "New members start CPD on 1 January of the year after admission, so the year of admission has no requirement.";

    private static readonly DateOnly AdmissionCorrected = new(2026, 11, 27);

    private static readonly string[] Routes = ["unit", "employer", "ifac"];

    public string Code => "ACCA";

    public string Name => "Association of Chartered Certified Accountants";

    public string Version => "v1";

    public string AnchorLabel => "Date you were admitted to membership (the CPD year is January to December)";

    public IReadOnlyList<RuleCorrection> Corrections { get; } =
    [
        new("cpd-units", AdmissionCorrected, AdmissionCorrection),
        new("verifiable-units", AdmissionCorrected, AdmissionCorrection),
    ];

    public IReadOnlyList<BodyOption> Options { get; } =
    [
        new(RouteOption, "CPD route", Routes, "unit",
            "unit: 40 units, 21 verifiable. employer or ifac: follow your approved employer's or IFAC body's programme."),
    ];

    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf) =>
        CycleMath.YearStartingInMonth(1, asOf).ToCycle();

    public ComplianceResult Evaluate(ComplianceInput input)
    {
        var (cycle, window, by) = JudgedCycle.Of(this, input);
        var activities = Evidence.Activities(input, window);
        var route = OptionReader.OneOf(input.Options, RouteOption, Routes, "unit");
        var unitRoute = route == "unit";
        var severity = unitRoute ? RequirementSeverity.Required : RequirementSeverity.Advisory;
        var verb = unitRoute ? "Log" : "Your approved route sets your target; as a guide, log";
        var guide = unitRoute ? "" : " (then declare compliance in myACCA)";

        // Source: accaportal.accaglobal.com KA-01203 — "New members must start completing CPD from 1 January, the year
        // after being admitted to membership" (admitted in 2024: the requirement begins in 2025).
        var starts = new DateOnly(input.AnchorDate.Year + 1, 1, 1);
        if (!input.BeforeCorrections && cycle.Start < starts)
        {
            var note = $"Your ACCA CPD requirement starts {Wording.Date(starts)}";
            return new ComplianceResult(Code, Version, cycle,
            [
                Rule.Judged("cpd-units", $"CPD units (starts {Wording.Date(starts)})", 0, activities.Sum(a => a.Hours), "units", true, note, AdmissionSource, severity),
                Rule.Judged("verifiable-units", $"Verifiable CPD units (starts {Wording.Date(starts)})", 0,
                    activities.Where(a => a.IsVerifiable).Sum(a => a.Hours), "units", true, note, AdmissionSource, severity),
            ]) { AsOf = input.AsOf };
        }

        var carried = unitRoute ? CarriedForward(input, cycle) : 0m;
        var from = carried > 0 ? $" (including {Wording.Count(carried, "unit")} carried forward from {cycle.Start.Year - 1})" : "";

        var requirements = new List<RequirementResult>
        {
            Rule.AtLeast("cpd-units", "CPD units" + from, RequiredUnits, activities.Sum(a => a.Hours) + carried, "units",
                n => $"{verb} {Wording.Count(n, "more unit")}", by + guide, Source, severity),
            Rule.AtLeast("verifiable-units", "Verifiable CPD units" + from, RequiredVerifiableUnits,
                activities.Where(a => a.IsVerifiable).Sum(a => a.Hours) + carried, "units",
                n => $"{verb} {Wording.Count(n, "more verifiable unit")}", by + guide, Source, severity),
        };

        return new ComplianceResult(Code, Version, cycle, requirements) { AsOf = input.AsOf };
    }

    /// <summary>Verifiable units carried from last CPD year into <paramref name="cycle"/> (0 when none may be).</summary>
    private static decimal CarriedForward(ComplianceInput input, CpdCycle cycle)
    {
        var last = CycleMath.YearStartingInMonth(1, cycle.Start.AddDays(-1));
        if (input.AnchorDate >= last.Start)
        {
            return 0m; // last year was the year of admission (no requirement to exceed), or before it
        }

        var logged = Evidence.Activities(input, last);
        var total = logged.Sum(a => a.Hours);
        var verifiable = logged.Where(a => a.IsVerifiable).Sum(a => a.Hours);
        return total > RequiredUnits ? Math.Clamp(verifiable - RequiredVerifiableUnits, 0m, MaxCarriedUnits) : 0m;
    }
}
