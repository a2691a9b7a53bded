namespace CpdLog.Core.Compliance;

/// <summary>
/// The one definition of a gap in a CPD record, used by the HCPC rule set, the dashboard, the compliance API and
/// every portfolio.
/// </summary>
/// <remarks>
/// HCPC: registrants submit "a dated list, in chronological order, of all the CPD activities" of the last two years
/// and must "explain any gaps of three consecutive months or more" (HCPC, "CPD audit do's and don'ts", 2 Oct 2019;
/// HCPC CPD FAQs: "You will need to explain any gaps of three or more consecutive months").
/// <list type="bullet">
/// <item>An activity covers every day from its start date to its end date (a six-week course is CPD throughout).</item>
/// <item>A gap is a run of uncovered days <c>[a, b]</c> with <c>b + 1 day ≥ a + 3 calendar months</c>: 1 January to
/// 31 March is a gap, 2 January to 31 March is not.</item>
/// <item>Runs are bounded by the period and by today: a gap never runs into the future, and days after today are not
/// counted (an empty record early in the period has no gap yet).</item>
/// <item>An explained gap meets the continuous-record requirement: the explanations that overlap it are attached, and
/// it is explained when, after removing the days they cover, no run of three months or more is left.</item>
/// </list>
/// </remarks>
public static class ContinuousRecord
{
    public const int GapMonths = 3;

    public const string Source =
        "HCPC: \"explain any gaps of three consecutive months or more\" (hcpc-uk.org CPD audit guidance and CPD FAQs)";

    /// <summary>
    /// The gaps of three months or more in <c>[from, min(to, today)]</c> left by <paramref name="activities"/>
    /// (start and end dates, inclusive), oldest first, each with the live explanations that overlap it.
    /// </summary>
    public static IReadOnlyList<CpdGap> Gaps(
        IEnumerable<(DateOnly Start, DateOnly End)> activities,
        DateOnly from,
        DateOnly to,
        DateOnly today,
        IEnumerable<GapExplanation>? explanations = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var until = to < today ? to : today;
        if (until < from)
        {
            return [];
        }

        var live = (explanations ?? []).Where(e => !e.IsDeleted && e.To >= e.From).OrderBy(e => e.From).ToList();
        var gaps = new List<CpdGap>();
        foreach (var (start, end) in Uncovered(activities, from, until).Where(r => IsLong(r.Start, r.End)))
        {
            var overlapping = live.Where(e => e.From <= end && e.To >= start).ToList();
            var spans = overlapping.Select(e => (e.From, e.To));
            var explained = !Uncovered(spans, start, end).Any(r => IsLong(r.Start, r.End));
            gaps.Add(new CpdGap(start, end, overlapping, explained));
        }

        return gaps;
    }

    /// <summary>True when the run of days <c>[from, to]</c> lasts three calendar months or more.</summary>
    public static bool IsLong(DateOnly from, DateOnly to) => to >= from && to.AddDays(1) >= from.AddMonths(GapMonths);

    /// <summary>The runs of days in <c>[from, until]</c> that no span covers.</summary>
    private static List<(DateOnly Start, DateOnly End)> Uncovered(IEnumerable<(DateOnly Start, DateOnly End)> spans, DateOnly from, DateOnly until)
    {
        var runs = new List<(DateOnly, DateOnly)>();
        var next = from; // first day not yet covered
        foreach (var (start, end) in spans.Where(s => s.End >= s.Start && s.End >= from && s.Start <= until).OrderBy(s => s.Start))
        {
            if (start > next)
            {
                runs.Add((next, start.AddDays(-1)));
            }

            if (end >= next)
            {
                if (end >= until)
                {
                    return runs;
                }

                next = end.AddDays(1);
            }
        }

        runs.Add((next, until));
        return runs;
    }
}
