namespace CpdLog.Core.Display;

using CpdLog.Core.Time;

/// <summary>
/// The one place that turns dates, instants, hours, money and counts into the text people read on pages, in e-mails,
/// CSV statements and PDF portfolios. Always en-GB (GOV.UK / NHS style: "1 April 2026", "£1,200.00", "7.5"), never the
/// server's culture. Calendar dates of instants are UK dates (Europe/London).
/// </summary>
public static class UkFormat
{
    /// <summary>The culture every display string is made in.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>What a missing value reads as in tables: an en dash.</summary>
    public const string None = "–";

    /// <summary>"1 April 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>The UK date of an instant: "1 July 2026" for 30 June 2026 23:30 UTC.</summary>
    public static string Date(DateTimeOffset instant) => Date(UkCalendar.DateOf(instant));

    /// <summary>"1 Apr 2026", for tables.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", Culture);

    /// <summary>"1 Apr 2026", or "–" when there is no date.</summary>
    public static string ShortDate(DateOnly? date) => date is { } d ? ShortDate(d) : None;

    /// <summary>"1 Apr 2026" for one day, "1 Apr 2026 to 3 Apr 2026" for a range.</summary>
    public static string DateRange(DateOnly start, DateOnly end)
        => start == end ? ShortDate(start) : $"{ShortDate(start)} to {ShortDate(end)}";

    /// <summary>"1 Apr 2026 – 3 Apr 2026" for narrow table cells (one day: "1 Apr 2026").</summary>
    public static string CompactDateRange(DateOnly start, DateOnly end)
        => start == end ? ShortDate(start) : $"{ShortDate(start)} – {ShortDate(end)}";

    /// <summary>"1 April 2026 to 31 March 2027" (long form, for sentences).</summary>
    public static string LongDateRange(DateOnly start, DateOnly end) => $"{Date(start)} to {Date(end)}";

    /// <summary>"April 2026".</summary>
    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", Culture);

    /// <summary>An instant in UTC for tables: "1 Apr 2026 14:05".</summary>
    public static string ShortInstant(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy HH:mm", Culture);

    /// <summary>An instant in UTC, saying so: "1 April 2026 14:05 UTC".</summary>
    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy HH:mm 'UTC'", Culture);

    /// <summary>Hours and other amounts with up to two decimals and no grouping: "7.5", "1200".</summary>
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Hours for a table cell: "7.5 h", or "–".</summary>
    public static string Hours(decimal? hours) => hours is { } h ? Number(h) + " h" : None;

    /// <summary>Sterling: "£1,200.00" ("-£50.00" below zero).</summary>
    public static string Money(decimal amount) => amount.ToString("C", Culture);

    /// <summary>Sterling, or "–" when there is no amount.</summary>
    public static string Money(decimal? amount) => amount is { } a ? Money(a) : None;

    /// <summary>A whole number with thousands separators: "1,200".</summary>
    public static string Whole(long value) => value.ToString("N0", Culture);

    /// <summary>A count with its unit agreeing: "1 word", "1,200 words".</summary>
    public static string Count(long value, string one, string many) => $"{Whole(value)} {(value == 1 ? one : many)}";

    /// <summary>A percentage with up to two decimals: "12.5%".</summary>
    public static string Percent(decimal percent) => Number(percent) + "%";

    /// <summary>A file size: "512 bytes", "1.5 KB", "2 MB".</summary>
    public static string Bytes(long size) => size switch
    {
        < 1024 => $"{size} bytes",
        < 1024 * 1024 => $"{(size / 1024m).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{(size / (1024m * 1024m)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
    };

    /// <summary>"Yes" or "No".</summary>
    public static string YesNo(bool value) => value ? "Yes" : "No";

    /// <summary>The words for an enum value (see <see cref="DisplayNames"/>).</summary>
    public static string Name(Enum value) => DisplayNames.Of(value);
}
