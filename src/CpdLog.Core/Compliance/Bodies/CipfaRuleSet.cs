namespace CpdLog.Core.Compliance.Bodies;

/// <summary>
/// CIPFA CPD: 120 hours over a rolling 3 CPD years with at least 20 hours in each. The member chooses when the CPD
/// year starts (calendar, financial April–March, or appraisal year). The cycle is the current CPD year and the two
/// before it; y1 is the oldest, y3 the current year.
/// </summary>
/// <remarks>
/// The anchor supplies only the start month (its day and year are ignored); option cpdYearStartMonth overrides it.
/// Members who joined within the last three years are not pro-rated: the source is silent.
/// </remarks>
public sealed class CipfaRuleSet : IBodyRuleSet
{
    // Source: cipfa.org/Membership/Continuing-Professional-Development — 120 hours over a 3-year cycle.
    public const decimal RequiredCycleHours = 120m;

    // Source: cipfa.org/Membership/Continuing-Professional-Development — minimum of 20 hours in any one year.
    public const decimal RequiredAnnualHours = 20m;

    // Source: as above — the cycle is 3 CPD years.
    public const int YearsInCycle = 3;

    public const string StartMonthOption = "cpdYearStartMonth";

    public const string CycleOption = "cycle";

    public const string FixedCycle = "fixed";

    public const string RollingCycle = "rolling";

    private const string Source = "CIPFA: cipfa.org/Membership/Continuing-Professional-Development; \"Investing in your future\" (2010)";

    private static readonly string[] Months = Enumerable.Range(1, 12).Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public string Code => "CIPFA";

    public string Name => "Chartered Institute of Public Finance and Accountancy";

    public string Version => "2010-01";

    public string AnchorLabel => "First day of your chosen CPD year (e.g. 1 April for the financial year)";

    public IReadOnlyList<BodyOption> Options { get; } =
    [
        new(StartMonthOption, "CPD year starts in month", Months, "",
            "1 = calendar year, 4 = financial year (April to March), or your appraisal month. Blank: the anchor date's month."),

        // Source: cipfa.org/Membership/Continuing-Professional-Development — "Members select the CPD year ... and
        // three-year CPD cycle": the default is the fixed cycle from the member's chosen start.
        new(CycleOption, "CPD cycle", [FixedCycle, RollingCycle], FixedCycle,
            "fixed: three-year cycles from the start date you chose with CIPFA (the anchor date). rolling: always the current CPD year and the two before it."),
    ];

    /// <summary>
    /// Fixed (default): the three CPD years from the member's chosen start (the 1st of the start month in the anchor's
    /// year) and every third year after it. Rolling: the current CPD year and the two before it.
    /// </summary>
    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf)
    {
        if (OptionReader.OneOf(options, CycleOption, [FixedCycle, RollingCycle], FixedCycle) == FixedCycle)
        {
            var first = new DateOnly(anchor.Year, OptionReader.Month(options, StartMonthOption) ?? anchor.Month, 1);
            return CycleMath.StartingOnAnniversary(first, YearsInCycle * 12, asOf).ToCycle();
        }

        var current = CurrentYear(anchor, options, asOf);
        return new CpdCycle(current.Start.AddYears(-(YearsInCycle - 1)), current.End, current.End);
    }

    public ComplianceResult Evaluate(ComplianceInput input)
    {
        var cycle = GetCycle(input.AnchorDate, input.Options, input.AsOf);
        var activities = Evidence.Activities(input, new Period(cycle.Start, cycle.End));

        var requirements = new List<RequirementResult>
        {
            Rule.AtLeast("cycle-hours", "CPD hours over 3 CPD years", RequiredCycleHours, activities.Sum(a => a.Hours), "hours",
                n => $"Log {Wording.Count(n, "more CPD hour")}", Wording.Before(cycle.Deadline, input.AsOf), Source),
        };

        for (var i = 0; i < YearsInCycle; i++)
        {
            var start = cycle.Start.AddYears(i);
            var year = new Period(start, start.AddYears(1).AddDays(-1));
            var hours = activities.Where(a => year.Contains(a.EndDate)).Sum(a => a.Hours);
            if (year.Start > input.AsOf)
            {
                requirements.Add(Rule.AtLeast($"annual-hours-y{i + 1}",
                    $"CPD hours in year {i + 1} ({Wording.Date(year.Start)} to {Wording.Date(year.End)})",
                    RequiredAnnualHours, hours, "hours", n => $"Log {Wording.Count(n, "CPD hour")}",
                    $"between {Wording.Date(year.Start)} and {Wording.Date(year.End)}", Source,
                    RequirementSeverity.Advisory) with { OpensOn = year.Start, DueBy = year.End }); // not started: cannot fail the cycle; "not-due"
                continue;
            }

            var todo = year.End < input.AsOf
                ? (Func<decimal, string>)(n => $"This CPD year is over and was {Wording.Count(n, "hour")} short of 20; make up the hours and note why")
                : n => $"Log {Wording.Count(n, "more CPD hour")}";
            var when = year.End < input.AsOf ? "in your CIPFA declaration" : Wording.Before(year.End, input.AsOf);
            requirements.Add(Rule.AtLeast($"annual-hours-y{i + 1}",
                $"CPD hours in year {i + 1} ({Wording.Date(year.Start)} to {Wording.Date(year.End)})",
                RequiredAnnualHours, hours, "hours", todo, when, Source) with { OpensOn = year.Start, DueBy = year.End });
        }

        return new ComplianceResult(Code, Version, cycle, requirements) { AsOf = input.AsOf };
    }

    private static Period CurrentYear(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf) =>
        CycleMath.YearStartingInMonth(OptionReader.Month(options, StartMonthOption) ?? anchor.Month, asOf);
}
