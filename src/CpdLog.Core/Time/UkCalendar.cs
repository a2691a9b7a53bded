namespace CpdLog.Core.Time;

/// <summary>
/// The UK civil calendar (Europe/London: GMT in winter, BST in summer). Every "today" and every calendar date of an
/// instant comes from here, so records, funding, compliance, sign-offs and reminders agree at any hour of the night.
/// Core never reads a clock: callers pass the instant (the web app through <c>TimeProvider.UkToday()</c>).
/// </summary>
public static class UkCalendar
{
    public const string ZoneId = "Europe/London";

    private static readonly Lazy<TimeZoneInfo> London = new(() => TimeZoneInfo.FindSystemTimeZoneById(ZoneId));

    /// <summary>The Europe/London zone (from the system's time zone data, package <c>tzdata</c> on Linux).</summary>
    public static TimeZoneInfo Zone => London.Value;

    /// <summary>Why the UK zone cannot be used on this machine, or null when it can (checked once at start-up).</summary>
    public static string? MissingZoneProblem(string zoneId = ZoneId)
    {
        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            return null;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return $"the {zoneId} time zone is not available on this machine ({ex.Message}). CpdLog needs it to know the UK date: "
                + "install the time zone database (package tzdata, e.g. `apt-get install tzdata`) and start again.";
        }
    }

    /// <summary>The instant as UK wall-clock time (offset +00:00 in GMT, +01:00 in BST).</summary>
    public static DateTimeOffset ToUkTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The UK calendar date of an instant: 30 June 23:30 UTC is 1 July (00:30 BST).</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToUkTime(instant).DateTime);
}
