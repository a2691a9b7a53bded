namespace CpdLog.Core.Compliance.Bodies;

/// <summary>
/// ICAEW input-based CPD (from the CPD year starting 1 November 2023): minimum hours and verifiable hours by
/// category and practice status, plus at least one verifiable ethics hour.
/// </summary>
/// <remarks>
/// Pro-rata for a joiner: ICAEW pro-rates "for the time left in the CPD year" (icaew.com "What if my role or
/// circumstances change?": category 3 with three months left needs at least five hours; "Working part of the year":
/// 30 h and 10 h verifiable at 25% are 7.5 h and 2.5 h). Time left = whole calendar months from the join date to
/// 31 October (the joining month counts only when joining on the 1st; part-months do not count, as in ICAEW's
/// examples, which are all in whole months). Required = threshold × months ÷ 12, not rounded up: shown to the
/// hundredth of an hour (3.75 h stays 3.75 h; 40 × 1 ÷ 12 is 3.33 h, within a minute of ICAEW's 3 h 20 min). The join
/// date is option joinedOn or, when that is blank, the anchor date (the membership start date). The ethics hour is
/// not pro-rated while any whole month remains.
/// </remarks>
public sealed class Icaew2023RuleSet : IBodyRuleSet
{
    // Source: icaew.com "The 2023 CPD requirements explained" — category table (practice / outside practice).
    public const decimal Category1Hours = 40m;
    public const decimal Category1PracticeVerifiable = 30m;
    public const decimal Category1OutsideVerifiable = 15m;
    public const decimal Category2Hours = 30m;
    public const decimal Category2PracticeVerifiable = 20m;
    public const decimal Category2OutsideVerifiable = 10m;
    public const decimal Category3Hours = 20m;
    public const decimal Category3PracticeVerifiable = 10m;
    public const decimal Category3OutsideVerifiable = 5m;

    // Source: icaew.com "The 2023 CPD requirements explained" — at least 1 hour of verifiable ethics CPD every year.
    public const decimal RequiredEthicsHours = 1m;

    public const string CategoryOption = "category";
    public const string InPracticeOption = "inPractice";
    public const string JoinedOnOption = "joinedOn";

    private const string Source = "ICAEW: icaew.com \"The 2023 CPD requirements explained\"";
    private const string ProRataSource = Source + "; pro-rata \"for the time left in the CPD year\" (icaew.com What if my role or circumstances change?; Working part of the year)";

    private const string ProRataCorrection =
        "Pro-rata minimums follow ICAEW's arithmetic (no rounding up to the half hour), and a membership start date inside the CPD year is used as the join date.";

    private static readonly DateOnly Corrected = new(2026, 11, 27);

    private static readonly string[] Categories = ["1", "2", "3"];

    public string Code => "ICAEW";

    public string Name => "Institute of Chartered Accountants in England and Wales";

    public string Version => "2023-11";

    public string AnchorLabel => "Membership start date (the CPD year is 1 November to 31 October)";

    public IReadOnlyList<BodyOption> Options { get; } =
    [
        new(CategoryOption, "CPD category", Categories, "3", "From ICAEW's self-assessment tool. With several roles, use the highest."),
        new(InPracticeOption, "Working in practice", ["true", "false"], "false", "True if you work in public practice."),
        new(JoinedOnOption, "Came within the CPD regulations part-way through the CPD year", [], "",
            "Blank: your membership start date is used, so a member who joined this CPD year is pro-rated. Enter a date if you came back (career break, leave) or were admitted on another day.", BodyOptionFormat.Date),
    ];

    public IReadOnlyList<RuleCorrection> Corrections { get; } =
    [
        new("cpd-hours", Corrected, ProRataCorrection),
        new("verifiable-hours", Corrected, ProRataCorrection),
        new("ethics-hour", Corrected, "A membership start date inside the CPD year is used as the join date."),
    ];

    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf) => IcaewYear.Cycle(asOf);

    public ComplianceResult Evaluate(ComplianceInput input)
    {
        var (cycle, window, by) = JudgedCycle.Of(this, input);
        var activities = Evidence.Activities(input, window);

        var category = OptionReader.OneOf(input.Options, CategoryOption, Categories, "3");
        var inPractice = OptionReader.Bool(input.Options, InPracticeOption, false);
        var (hours, verifiable) = Minimums(category, inPractice);
        var joined = OptionReader.Date(input.Options, JoinedOnOption) ?? (input.BeforeCorrections ? null : input.AnchorDate);
        var months = MonthsToServe(window, joined);
        var source = months < 12 ? ProRataSource : Source;
        var where = inPractice ? "in practice" : "outside practice";

        var requirements = new List<RequirementResult>
        {
            Rule.AtLeast("cpd-hours", $"CPD hours (category {category}, {where})", ProRata(hours, months, input.BeforeCorrections),
                activities.Sum(a => a.Hours), "hours", n => $"Log {Wording.Count(n, "more CPD hour")}", by, source),
            Rule.AtLeast("verifiable-hours", $"Verifiable CPD hours (category {category}, {where})", ProRata(verifiable, months, input.BeforeCorrections),
                activities.Where(a => a.IsVerifiable).Sum(a => a.Hours), "hours",
                n => $"Log {Wording.Count(n, "more verifiable hour")}", by, source),
            Rule.AtLeast("ethics-hour", "Verifiable ethics CPD", months > 0 ? RequiredEthicsHours : 0m,
                activities.Where(a => a.IsVerifiable && a.IsEthics).Sum(a => a.Hours), "hours",
                n => $"Log {Wording.Count(n, "more hour")} of verifiable ethics CPD", by, Source),
        };

        return new ComplianceResult(Code, Version, cycle, requirements) { AsOf = input.AsOf };
    }

    /// <summary>Whole months of the CPD year the member must cover: 12 unless they joined part-way.</summary>
    internal static int MonthsToServe(Period year, DateOnly? joinedOn)
    {
        if (joinedOn is not { } joined || joined <= year.Start)
        {
            return 12;
        }

        var firstWholeMonth = joined.Day == 1 ? joined : new DateOnly(joined.Year, joined.Month, 1).AddMonths(1);
        return firstWholeMonth > year.End ? 0 : CycleMath.MonthsBetween(firstWholeMonth, year.End) + 1;
    }

    /// <summary>
    /// threshold × months ÷ 12 to the hundredth of an hour (ICAEW's arithmetic). Before the 2026-11-27 correction it
    /// was rounded up to the next half hour.
    /// </summary>
    internal static decimal ProRata(decimal threshold, int months, bool beforeCorrection = false) =>
        months >= 12 ? threshold
        : beforeCorrection ? Math.Ceiling(threshold * months / 12m * 2m) / 2m
        : Math.Round(threshold * months / 12m, 2, MidpointRounding.AwayFromZero);

    private static (decimal Hours, decimal Verifiable) Minimums(string category, bool inPractice) => category switch
    {
        "1" => (Category1Hours, inPractice ? Category1PracticeVerifiable : Category1OutsideVerifiable),
        "2" => (Category2Hours, inPractice ? Category2PracticeVerifiable : Category2OutsideVerifiable),
        _ => (Category3Hours, inPractice ? Category3PracticeVerifiable : Category3OutsideVerifiable),
    };
}
