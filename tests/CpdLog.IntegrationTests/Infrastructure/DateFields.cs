namespace CpdLog.IntegrationTests.Infrastructure;

using System.Text.RegularExpressions;

/// <summary>
/// Turns a date written as one value into the day, month and year boxes of an NHS date input, as a person types it:
/// "2025-04-01" is 1, 4 and 2025; "2027-02-30" is typed as it stands (30, 2, 2027), so impossible dates still reach
/// the server; "" leaves all three empty. Anything else goes into the day box unchanged (month and year empty).
/// </summary>
public static partial class DateFields
{
    /// <summary>True when the page has no field called <paramref name="name"/> but has its day box.</summary>
    public static bool IsDateInput(IReadOnlySet<string> fieldNames, string name) =>
        !fieldNames.Contains(name) && fieldNames.Contains(name + ".Day");

    public static List<KeyValuePair<string, string>> Split(string name, string value)
    {
        var match = Iso().Match(value.Trim());
        var (day, month, year) = match.Success
            ? (match.Groups[3].Value.TrimStart('0'), match.Groups[2].Value.TrimStart('0'), match.Groups[1].Value)
            : (value, "", "");
        return [new(name + ".Day", day), new(name + ".Month", month), new(name + ".Year", year)];
    }

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex Iso();
}
