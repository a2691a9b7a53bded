namespace CpdLog.Core.Compliance.Progress;

/// <summary>
/// The dates a progress chart spans: the cycle, its deadline, and the last day on which records count (the NMC stops
/// counting on the application date or the day the application was submitted; every other body at the cycle end).
/// </summary>
public sealed record ProgressWindow(DateOnly Start, DateOnly End, DateOnly Deadline, DateOnly LastCountingDay)
{
    /// <summary>The share of the time from the cycle start to the deadline that has passed on <paramref name="date"/>, from 0 to 1.</summary>
    public decimal ElapsedFraction(DateOnly date)
    {
        var total = Deadline.DayNumber - Start.DayNumber;
        if (total <= 0)
        {
            return date >= Deadline ? 1m : 0m;
        }

        var elapsed = Math.Clamp(date.DayNumber - Start.DayNumber, 0, total);
        return (decimal)elapsed / total;
    }
}
