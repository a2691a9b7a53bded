namespace CpdLog.Core.Portfolio;

/// <summary>A stretch of the period with no CPD activity.</summary>
public sealed record ActivityGap(DateOnly From, DateOnly To)
{
    /// <summary>Whole calendar months in the gap, both ends included (2 Jan to 1 Apr is 3).</summary>
    public int WholeMonths => ActivityGaps.WholeMonthsBetween(From, To.AddDays(1));
}

/// <summary>
/// Finds gaps of three or more consecutive months between CPD activities, which the HCPC asks registrants to explain
/// (HCPC "How to complete your CPD profile": part 2, dated list of activities).
/// </summary>
public static class ActivityGaps
{
    public const int HcpcGapMonths = 3;

    /// <summary>
    /// Gaps of at least <paramref name="months"/> months inside <paramref name="period"/>: from the period start to the
    /// first activity, between the end of one activity and the start of the next, and from the last one to the period end.
    /// </summary>
    public static IReadOnlyList<ActivityGap> Find(
        IEnumerable<(DateOnly Start, DateOnly End)> activities,
        PortfolioPeriod period,
        int months = HcpcGapMonths)
    {
        var gaps = new List<ActivityGap>();
        var coveredUntil = period.From.AddDays(-1);
        foreach (var (start, end) in activities.OrderBy(a => a.Start).ThenBy(a => a.End))
        {
            if (end < period.From || start > period.To)
            {
                continue;
            }

            AddIfLong(coveredUntil.AddDays(1), start.AddDays(-1));
            if (end > coveredUntil)
            {
                coveredUntil = end;
            }
        }

        AddIfLong(coveredUntil.AddDays(1), period.To);
        return gaps;

        void AddIfLong(DateOnly from, DateOnly to)
        {
            // A gap "from" one day "to" another covers both days, so measure to the day after.
            if (to >= from && WholeMonthsBetween(from, to.AddDays(1)) >= months)
            {
                gaps.Add(new ActivityGap(from, to));
            }
        }
    }

    internal static int WholeMonthsBetween(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (months > 0 && from.AddMonths(months) > to)
        {
            months--;
        }

        return Math.Max(0, months);
    }
}
