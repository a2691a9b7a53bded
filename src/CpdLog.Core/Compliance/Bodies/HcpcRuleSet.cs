namespace CpdLog.Core.Compliance.Bodies;

/// <summary>
/// HCPC standards for CPD. No hours: the record must be continuous and mix activity types. The cycle is the two
/// years ending on the profession's renewal date.
/// </summary>
public sealed class HcpcRuleSet : IBodyRuleSet
{
    // Source: hcpc-uk.org/cpd/cpd-audits — each profession renews every 2 years; audit covers the 2 years since renewal.
    public const int CycleMonths = 24;

    // Source: hcpc-uk.org/cpd/what-is-cpd (standard 2) — at least two different activity types.
    public const int RequiredActivityTypes = 2;

    // Source: hcpc-uk.org …/how-to-complete-your-cpd-profile — explain any gap of 3 consecutive months or more.
    public const int MaximumGapMonths = ContinuousRecord.GapMonths;

    // Source: HCPC blog "Top tips for completing your CPD profile" (28 Jun 2022) — about 12–50 activities.
    public const int SuggestedActivityCount = 12;

    private const string TypesSource = "HCPC: hcpc-uk.org/cpd/what-is-cpd (standard 2)";
    private const string GapSource = "HCPC: hcpc-uk.org/cpd/cpd-audits/how-to-complete-your-cpd-profile (standard 1): explain any gaps of three consecutive months or more";
    private const string CountSource = "HCPC blog: Top tips for completing your CPD profile (28 Jun 2022)";

    public string Code => "HCPC";

    public string Name => "Health and Care Professions Council";

    public string Version => "2022-06";

    public string AnchorLabel => "Renewal date (the end of your profession's 2-year registration period)";

    /// <summary>The option that holds the registrant's profession (HCPC CPD profile part 1 asks for it).</summary>
    public const string ProfessionOption = "profession";

    // Source: hcpc-uk.org/about-us/who-we-regulate/the-professions — the 15 professions the HCPC regulates.
    public static readonly IReadOnlyList<string> Professions =
    [
        "arts-therapist", "biomedical-scientist", "chiropodist-podiatrist", "clinical-scientist", "dietitian",
        "hearing-aid-dispenser", "occupational-therapist", "operating-department-practitioner", "orthoptist", "paramedic",
        "physiotherapist", "practitioner-psychologist", "prosthetist-orthotist", "radiographer", "speech-and-language-therapist",
    ];

    public IReadOnlyList<BodyOption> Options { get; } =
    [
        new(ProfessionOption, "Profession", Professions, "", "The profession you are registered in; printed on your CPD profile."),
    ];

    public IReadOnlyList<RuleCorrection> Corrections { get; } =
    [
        new("continuous-record", new DateOnly(2026, 11, 27),
            "Gaps are now measured from each activity's start to its end date (one definition for the dashboard and the CPD profile), and a gap you have explained meets the requirement."),
    ];

    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf) =>
        CycleMath.EndingOnAnniversary(anchor, CycleMonths, asOf).ToCycle();

    public ComplianceResult Evaluate(ComplianceInput input)
    {
        var (cycle, window, by) = JudgedCycle.Of(this, input);
        var activities = Evidence.Activities(input, window);
        var types = activities.Select(a => a.ActivityType).Distinct().Count();
        var gaps = input.BeforeCorrections
            ? GapsBeforeCorrection(cycle, input.AsOf, activities)
            : GapsIn(cycle, input.AsOf, input.Activities, input.GapExplanations);

        var requirements = new List<RequirementResult>
        {
            Rule.AtLeast("activity-types", "Different types of CPD activity", RequiredActivityTypes, types, "types",
                n => $"Log {Wording.Count(n, "activity", "activities")} of a type you have not used yet (e.g. work-based learning, professional activity, self-directed learning)",
                by, TypesSource),
            ContinuousRecordRequirement(gaps),
            Rule.AtLeast("activity-count", "Activities in your record (HCPC suggests about 12–50)", SuggestedActivityCount, activities.Count,
                "activities", n => $"Consider logging {Wording.Count(n, "more activity", "more activities")}", by, CountSource,
                RequirementSeverity.Advisory),
        };

        return new ComplianceResult(Code, Version, cycle, requirements) { AsOf = input.AsOf, Gaps = gaps };
    }

    /// <summary>
    /// The continuous-record requirement from <see cref="ContinuousRecord.Gaps"/> (the one gap definition): met when
    /// every gap of three months or more is explained. <c>Achieved</c> is the number of unexplained gaps.
    /// </summary>
    public static RequirementResult ContinuousRecordRequirement(IReadOnlyList<CpdGap> gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        var open = gaps.Where(g => !g.Explained).ToList();
        var explained = gaps.Count - open.Count;
        var list = string.Join("; ", open.Select(g => $"{Wording.Date(g.From)} to {Wording.Date(g.To)}"));
        var also = explained > 0 ? $" ({Wording.Count(explained, "other gap")} explained)" : "";
        var next = $"Your record has {Wording.Count(open.Count, "unexplained gap")} of 3 months or more ({list}){also}. " +
            "Log the CPD you did in that time, or add an explanation of the gap (for example parental leave or illness).";
        return Rule.Judged("continuous-record", "Continuous record (no unexplained gap of 3 months or more)", 0, open.Count, "gaps",
            open.Count == 0, next, GapSource) with { Measure = RequirementMeasure.Fault };
    }

    /// <summary>The gaps of a cycle judged on <paramref name="asOf"/>, from completed, live activities.</summary>
    public static IReadOnlyList<CpdGap> GapsIn(CpdCycle cycle, DateOnly asOf, IEnumerable<CpdActivity> activities, IEnumerable<GapExplanation> explanations) =>
        ContinuousRecord.Gaps(
            activities.Where(a => a.Status == ActivityStatus.Completed && !a.IsDeleted).Select(a => (a.StartDate, a.EndDate)),
            cycle.Start, cycle.End, asOf, explanations);

    /// <summary>Before the 2026-11-27 correction: activity end dates only, and no explanations.</summary>
    private static IReadOnlyList<CpdGap> GapsBeforeCorrection(CpdCycle cycle, DateOnly asOf, IEnumerable<CpdActivity> counted) =>
        ContinuousRecord.Gaps(counted.Select(a => (a.EndDate, a.EndDate)), cycle.Start, cycle.End, asOf);
}
