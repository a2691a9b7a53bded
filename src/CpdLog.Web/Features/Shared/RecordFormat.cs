namespace CpdLog.Web.Features.Shared;

/// <summary>How records read on pages: the names the record pages use for <see cref="UkFormat"/> (the one formatter).</summary>
public static class RecordFormat
{
    public static string Date(DateOnly date) => UkFormat.Date(date);

    /// <summary>The UK date of an instant.</summary>
    public static string Date(DateTimeOffset instant) => UkFormat.Date(instant);

    public static string ShortDate(DateOnly date) => UkFormat.ShortDate(date);

    public static string DateRange(DateOnly start, DateOnly end) => UkFormat.DateRange(start, end);

    public static string Hours(decimal hours) => UkFormat.Number(hours);

    public static string Bytes(long size) => UkFormat.Bytes(size);

    /// <summary>The NMC CPD method as a user reads it ("E-learning", not "ELearning").</summary>
    public static string Method(Core.Records.CpdMethod method) => DisplayNames.Of(method);

    public static string YesNo(bool value) => UkFormat.YesNo(value);
}
