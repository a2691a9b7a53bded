namespace CpdLog.Web.Features.Shared;

using System.Globalization;

/// <summary>How dates, hours and sizes read on pages (GOV.UK / NHS style: "3 March 2025", "7.5").</summary>
public static class RecordFormat
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string Date(DateTimeOffset instant) => instant.ToString("d MMMM yyyy", EnGb);

    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", EnGb);

    public static string DateRange(DateOnly start, DateOnly end)
        => start == end ? ShortDate(start) : $"{ShortDate(start)} to {ShortDate(end)}";

    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Bytes(long size) => size switch
    {
        < 1024 => $"{size} bytes",
        < 1024 * 1024 => $"{(size / 1024m).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{(size / (1024m * 1024m)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
    };

    /// <summary>The NMC CPD method as a user reads it ("E-learning", not "ELearning").</summary>
    public static string Method(Core.Records.CpdMethod method) => method == Core.Records.CpdMethod.ELearning
        ? "E-learning"
        : TagHelpers.Humanise.Words(method);

    public static string YesNo(bool value) => value ? "Yes" : "No";
}
