namespace CpdLog.Web.Infrastructure.Time;

using CpdLog.Core.Time;

/// <summary>
/// The one "today" of the service: the UK calendar date (Europe/London) from the injected clock. Pages, endpoints,
/// services and background jobs all use these; instants stay UTC <see cref="DateTimeOffset"/>s from <c>GetUtcNow()</c>.
/// </summary>
public static class UkTime
{
    /// <summary>Today's date in the UK (GMT or BST), e.g. 1 July from 30 June 23:30 UTC.</summary>
    public static DateOnly UkToday(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return UkCalendar.DateOf(clock.GetUtcNow());
    }

    /// <summary>Now as UK wall-clock time (for "run at 07:00 UK time" and the like).</summary>
    public static DateTimeOffset UkNow(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return UkCalendar.ToUkTime(clock.GetUtcNow());
    }
}
