namespace CpdLog.Core.Compliance.Progress;

/// <summary>
/// Progress over one registration's cycle: per charted requirement, the running total of what counts against the pace
/// line (required × elapsed share of the time to the deadline) and the required total. Computed here only, so the
/// registration page and the portfolios print the same figures.
/// </summary>
public sealed record CycleProgress(ProgressWindow Window, DateOnly Today, IReadOnlyList<ProgressSeries> Series)
{
    /// <summary>The share of the time to the deadline that has passed today (0 to 1).</summary>
    public decimal ElapsedFraction => Window.ElapsedFraction(Today);

    /// <summary>
    /// The progress of a judged registration: the rule set's cycle window, the same records it judged, and its judgement
    /// date. A requirement is charted when it adds up records (hours, reflections, feedback) over the cycle and the
    /// running total on the judgement date reproduces the rule's achieved figure exactly; a requirement counted some
    /// other way (a carried-forward allowance, dual-registration caps, an appraisal year) is left out rather than drawn
    /// with a figure that disagrees with the requirements table.
    /// </summary>
    public static CycleProgress For(IBodyRuleSet rules, ComplianceInput input, ComplianceResult result)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        var cycle = result.Cycle;
        var today = result.AsOf ?? input.AsOf;
        var window = new ProgressWindow(cycle.Start, cycle.End, cycle.Deadline, rules.LastCountingDay(cycle, input.Options));
        var targets = result.Requirements
            .Where(r => r.Required > 0)
            .Select(r => MeasureOf(r.Code) is { } measure
                ? new ProgressTarget(r.Code, r.Title, r.Unit, r.Required, measure, r.Severity == RequirementSeverity.Advisory)
                : null)
            .OfType<ProgressTarget>()
            .ToList();
        var progress = Build(window, input, today, targets);
        return progress with
        {
            Series = progress.Series.Where(s => result.Find(s.Code) is { } r && r.Achieved == s.Achieved).ToList(),
        };
    }

    /// <summary>
    /// The running totals of <paramref name="targets"/> over <paramref name="window"/>. A record counts as the rules count
    /// it: live (not in the bin), dated from the cycle start to the last counting day and not after
    /// <paramref name="today"/>; activities only when completed, by their end date.
    /// </summary>
    public static CycleProgress Build(ProgressWindow window, ComplianceInput records, DateOnly today, IReadOnlyList<ProgressTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(targets);
        var input = records with { AsOf = today };
        var period = new Period(window.Start, window.LastCountingDay < window.End ? window.LastCountingDay : window.End);
        var checkpoints = Checkpoints(window, today);
        var series = targets.Select(t => RunningTotal(t, Amounts(t.Measure, input, period), window, today, checkpoints)).ToList();
        return new CycleProgress(window, today, series);
    }

    /// <summary>The measure a requirement code adds up, or null when it is not a running total of records.</summary>
    public static ProgressMeasure? MeasureOf(string code) => code switch
    {
        "cpd-hours" or "cycle-hours" or "cycle-credits" or "cpd-units" or "planned-learning-hours" => ProgressMeasure.ActivityHours,
        "participatory-hours" => ProgressMeasure.ParticipatoryHours,
        "verifiable-hours" or "verifiable-units" => ProgressMeasure.VerifiableHours,
        "practice-hours" => ProgressMeasure.PracticeHours,
        "reflective-accounts" or "reflections" or "reflective-record" or "reflection" => ProgressMeasure.Reflections,
        "feedback" => ProgressMeasure.Feedback,
        _ => null,
    };

    /// <summary>Pace on <paramref name="date"/>: required × elapsed fraction, rounded to one decimal (half away from zero).</summary>
    public static decimal Pace(ProgressWindow window, decimal required, DateOnly date) =>
        Math.Round(required * window.ElapsedFraction(date), 1, MidpointRounding.AwayFromZero);

    /// <summary>Months between checkpoints, the smallest giving at most eight rows.</summary>
    private static readonly int[] CheckpointSteps = [1, 2, 3, 6, 12];

    /// <summary>
    /// The table's dates: the end of each equal step (1, 2, 3, 6 or 12 months: the shortest that cuts the cycle into at
    /// most 8) that has passed, then today and the deadline, in date order, each once.
    /// </summary>
    internal static IReadOnlyList<(DateOnly Date, ProgressRowKind Kind)> Checkpoints(ProgressWindow window, DateOnly today)
    {
        var months = Math.Max(1, CycleMath.MonthsBetween(window.Start, window.End.AddDays(1)));
        var step = CheckpointSteps.FirstOrDefault(s => months / (double)s <= 8, 12);
        var rows = new List<(DateOnly Date, ProgressRowKind Kind)>();
        for (var k = 1; ; k++)
        {
            var date = window.Start.AddMonths(k * step).AddDays(-1);
            if (date >= today || date >= window.Deadline)
            {
                break;
            }

            rows.Add((date, ProgressRowKind.Checkpoint));
        }

        var todayInCycle = today < window.Start ? window.Start : today > window.End ? window.End : today;
        rows.Add((todayInCycle, ProgressRowKind.Today));
        if (window.Deadline != todayInCycle)
        {
            rows.Add((window.Deadline, ProgressRowKind.Deadline));
        }

        return rows.OrderBy(r => r.Date).ToList();
    }

    private static ProgressSeries RunningTotal(
        ProgressTarget target,
        IReadOnlyList<(DateOnly Date, decimal Amount)> amounts,
        ProgressWindow window,
        DateOnly today,
        IReadOnlyList<(DateOnly Date, ProgressRowKind Kind)> checkpoints)
    {
        var steps = new List<ProgressPoint>();
        var total = 0m;
        foreach (var day in amounts.GroupBy(a => a.Date).OrderBy(g => g.Key))
        {
            total += day.Sum(a => a.Amount);
            steps.Add(new ProgressPoint(day.Key, total));
        }

        decimal By(DateOnly date) => steps.LastOrDefault(p => p.Date <= date)?.Value ?? 0m;
        var rows = checkpoints
            .Select(c => new ProgressRow(c.Date, c.Kind, c.Date <= today ? By(c.Date) : null, Pace(window, target.Required, c.Date)))
            .ToList();
        return new ProgressSeries(target, steps, rows, total, Pace(window, target.Required, today));
    }

    private static List<(DateOnly Date, decimal Amount)> Amounts(ProgressMeasure measure, ComplianceInput input, Period period) => measure switch
    {
        ProgressMeasure.ActivityHours => Evidence.Activities(input, period).Select(a => (a.EndDate, a.Hours)).ToList(),
        ProgressMeasure.ParticipatoryHours => Evidence.Activities(input, period).Select(a => (a.EndDate, Evidence.ParticipatoryHours(a))).ToList(),
        ProgressMeasure.VerifiableHours => Evidence.Activities(input, period).Where(a => a.IsVerifiable).Select(a => (a.EndDate, a.Hours)).ToList(),
        ProgressMeasure.PracticeHours => Evidence.PracticeHours(input, period).Select(p => (p.EndDate, p.Hours)).ToList(),
        ProgressMeasure.Reflections => Evidence.Reflections(input, period).Select(r => (r.Date, 1m)).ToList(),
        ProgressMeasure.Feedback => Evidence.Feedback(input, period).Select(f => (f.Date, 1m)).ToList(),
        _ => [],
    };
}
