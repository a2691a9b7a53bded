namespace CpdLog.Core.Compliance.Bodies;

using CpdLog.Core.Records;

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
    public const int MaximumGapMonths = 3;

    // Source: HCPC blog "Top tips for completing your CPD profile" (28 Jun 2022) — about 12–50 activities.
    public const int SuggestedActivityCount = 12;

    private const string TypesSource = "HCPC: hcpc-uk.org/cpd/what-is-cpd (standard 2)";
    private const string GapSource = "HCPC: hcpc-uk.org/cpd/cpd-audits/how-to-complete-your-cpd-profile (standard 1)";
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

    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf) =>
        CycleMath.EndingOnAnniversary(anchor, CycleMonths, asOf).ToCycle();

    public ComplianceResult Evaluate(ComplianceInput input)
    {
        var cycle = GetCycle(input.AnchorDate, input.Options, input.AsOf);
        var window = new Period(cycle.Start, cycle.End);
        var by = Wording.Before(cycle.Deadline, input.AsOf);
        var activities = Evidence.Activities(input, window);
        var types = activities.Select(a => a.ActivityType).Distinct().Count();

        var requirements = new List<RequirementResult>
        {
            Rule.AtLeast("activity-types", "Different types of CPD activity", RequiredActivityTypes, types, "types",
                n => $"Log {Wording.Count(n, "activity", "activities")} of a type you have not used yet (e.g. work-based learning, professional activity, self-directed learning)",
                by, TypesSource),
            ContinuousRecord(activities, cycle, input.AsOf),
            Rule.AtLeast("activity-count", "Activities in your record (HCPC suggests about 12–50)", SuggestedActivityCount, activities.Count,
                "activities", n => $"Consider logging {Wording.Count(n, "more activity", "more activities")}", by, CountSource,
                RequirementSeverity.Advisory),
        };

        return new ComplianceResult(Code, Version, cycle, requirements) { AsOf = input.AsOf };
    }

    /// <summary>
    /// A gap is a run of days with no activity: from the cycle start to the first activity, between two consecutive
    /// activity dates (exclusive), and from the last activity to the judgement date (or cycle end). A run of
    /// <c>[a, b]</c> is flagged when it lasts 3 calendar months or more, i.e. when <c>b + 1 day ≥ a + 3 months</c>.
    /// So activities on 1 January and 1 April leave no gap; 1 January and 2 April leave one.
    /// </summary>
    internal static IReadOnlyList<(DateOnly From, DateOnly To)> Gaps(IEnumerable<DateOnly> activityDates, DateOnly start, DateOnly end)
    {
        var gaps = new List<(DateOnly, DateOnly)>();
        var runStart = start;
        foreach (var date in activityDates.Where(d => d >= start && d <= end).Distinct().Order())
        {
            AddIfLong(runStart, date.AddDays(-1));
            runStart = date.AddDays(1);
        }

        AddIfLong(runStart, end);
        return gaps;

        void AddIfLong(DateOnly from, DateOnly to)
        {
            if (to >= from && to.AddDays(1) >= from.AddMonths(MaximumGapMonths))
            {
                gaps.Add((from, to));
            }
        }
    }

    private static RequirementResult ContinuousRecord(IReadOnlyList<CpdActivity> activities, CpdCycle cycle, DateOnly asOf)
    {
        var until = asOf < cycle.End ? asOf : cycle.End;
        var gaps = Gaps(activities.Select(a => a.EndDate), cycle.Start, until);
        var list = string.Join("; ", gaps.Select(g => $"{Wording.Date(g.From)} to {Wording.Date(g.To)}"));
        var next = $"Your record has {Wording.Count(gaps.Count, "gap")} of 3 months or more ({list}). " +
            "Log the CPD you did in that time, or explain the gap in your CPD profile.";
        return Rule.Judged("continuous-record", "Continuous record (no gap of 3 months or more)", 0, gaps.Count, "gaps",
            gaps.Count == 0, next, GapSource);
    }
}
