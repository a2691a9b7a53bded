namespace CpdLog.Core.Compliance;

/// <summary>Plain-English fragments for NextStep texts (dates and numbers from <see cref="UkFormat"/>: en-GB on any server).</summary>
internal static class Wording
{
    public const string Done = "Nothing more to do.";

    public static string Date(DateOnly date) => UkFormat.Date(date);

    public static string Number(decimal value) => UkFormat.Number(value);

    /// <summary>"1 hour", "3.5 hours"; pass <paramref name="plural"/> when adding "s" is wrong.</summary>
    public static string Count(decimal value, string singular, string? plural = null) =>
        $"{Number(value)} {(value == 1m ? singular : plural ?? singular + "s")}";

    /// <summary>"before 1 March 2027", or a nudge when the deadline has already passed.</summary>
    public static string Before(DateOnly deadline, DateOnly asOf) =>
        asOf <= deadline ? $"before {Date(deadline)}" : $"as soon as possible (the deadline, {Date(deadline)}, has passed)";
}
