namespace CpdLog.Core.Compliance;

/// <summary>Reads registration options leniently: unknown or malformed values fall back to the default, never throw.</summary>
internal static class OptionReader
{
    public static string Get(IReadOnlyDictionary<string, string> options, string key, string fallback)
    {
        if (options.TryGetValue(key, out var exact) && !string.IsNullOrWhiteSpace(exact))
        {
            return exact.Trim();
        }

        var match = options.FirstOrDefault(o => string.Equals(o.Key, key, StringComparison.OrdinalIgnoreCase));
        return string.IsNullOrWhiteSpace(match.Value) ? fallback : match.Value.Trim();
    }

    public static string OneOf(IReadOnlyDictionary<string, string> options, string key, IReadOnlyList<string> choices, string fallback)
    {
        var value = Get(options, key, fallback);
        return choices.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase)) ?? fallback;
    }

    public static bool Bool(IReadOnlyDictionary<string, string> options, string key, bool fallback) =>
        bool.TryParse(Get(options, key, ""), out var value) ? value : fallback;

    public static DateOnly? Date(IReadOnlyDictionary<string, string> options, string key) =>
        DateOnly.TryParseExact(Get(options, key, ""), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    public static int? Month(IReadOnlyDictionary<string, string> options, string key) =>
        int.TryParse(Get(options, key, ""), out var value) && value is >= 1 and <= 12 ? value : null;
}
