namespace CpdLog.Core.Compliance;

/// <summary>
/// Cycle arithmetic. Every cycle boundary is computed from the anchor (anchor + k × months), never by chaining
/// cycles, so a 29 February anchor comes back on 29 February in later leap years instead of drifting to the 28th.
/// </summary>
internal static class CycleMath
{
    /// <summary>The cycle whose last day is the first anniversary of <paramref name="anchor"/> on or after <paramref name="asOf"/>.</summary>
    public static Period EndingOnAnniversary(DateOnly anchor, int months, DateOnly asOf)
    {
        var k = FloorDiv(MonthsBetween(anchor, asOf), months);
        while (anchor.AddMonths(k * months) < asOf)
        {
            k++;
        }

        while (anchor.AddMonths((k - 1) * months) >= asOf)
        {
            k--;
        }

        return new Period(anchor.AddMonths((k - 1) * months).AddDays(1), anchor.AddMonths(k * months));
    }

    /// <summary>
    /// Like <see cref="EndingOnAnniversary"/> for renewal dates that are always the last day of a month (NMC): every
    /// boundary is the last day of the month <c>k × months</c> after the anchor's month, so a cycle after a 29 February
    /// renewal starts on 1 March, and one ending on 28 February 2027 starts on 1 March 2024 (the day after 29 February).
    /// </summary>
    public static Period EndingOnMonthEnd(DateOnly anchor, int months, DateOnly asOf)
    {
        DateOnly Boundary(int k) => EndOfMonth(anchor.AddMonths(k * months));
        var k = FloorDiv(MonthsBetween(anchor, asOf), months);
        while (Boundary(k) < asOf)
        {
            k++;
        }

        while (Boundary(k - 1) >= asOf)
        {
            k--;
        }

        return new Period(Boundary(k - 1).AddDays(1), Boundary(k));
    }

    /// <summary>The last day of <paramref name="date"/>'s month.</summary>
    public static DateOnly EndOfMonth(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    /// <summary>The cycle whose first day is the last anniversary of <paramref name="anchor"/> on or before <paramref name="asOf"/>.</summary>
    public static Period StartingOnAnniversary(DateOnly anchor, int months, DateOnly asOf)
    {
        var k = FloorDiv(MonthsBetween(anchor, asOf), months);
        while (anchor.AddMonths(k * months) > asOf)
        {
            k--;
        }

        while (anchor.AddMonths((k + 1) * months) <= asOf)
        {
            k++;
        }

        return new Period(anchor.AddMonths(k * months), anchor.AddMonths((k + 1) * months).AddDays(-1));
    }

    /// <summary>The year of 12 months starting on the 1st of <paramref name="startMonth"/> that contains <paramref name="asOf"/>.</summary>
    public static Period YearStartingInMonth(int startMonth, DateOnly asOf) =>
        StartingOnAnniversary(new DateOnly(2000, startMonth, 1), 12, asOf);

    /// <summary>Whole calendar months from <paramref name="from"/> to <paramref name="to"/> (day of month ignored).</summary>
    public static int MonthsBetween(DateOnly from, DateOnly to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;

    private static int FloorDiv(int a, int b) => (int)Math.Floor(a / (double)b);
}
