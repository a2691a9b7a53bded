namespace CpdLog.Core.Compliance;

using System.Globalization;

/// <summary>Builds <see cref="RequirementResult"/>s so every rule set words and judges thresholds the same way.</summary>
internal static class Rule
{
    /// <summary>
    /// A "reach at least N" requirement. <paramref name="todo"/> turns the shortfall into the start of an instruction
    /// ("Log 3.5 more participatory hours"); <paramref name="when"/> finishes it ("before 1 March 2027").
    /// </summary>
    public static RequirementResult AtLeast(
        string code,
        string title,
        decimal required,
        decimal achieved,
        string unit,
        Func<decimal, string> todo,
        string when,
        string source,
        RequirementSeverity severity = RequirementSeverity.Required)
    {
        var met = achieved >= required;
        var next = met ? Wording.Done : $"{todo(required - achieved)} {when}.";
        return new RequirementResult(code, title, required, achieved, unit, met, severity, next, source);
    }

    /// <summary>A requirement judged elsewhere (ordering, windows, gaps) with a hand-written next step.</summary>
    public static RequirementResult Judged(
        string code,
        string title,
        decimal required,
        decimal achieved,
        string unit,
        bool met,
        string nextStepIfNotMet,
        string source,
        RequirementSeverity severity = RequirementSeverity.Required) =>
        new(code, title, required, achieved, unit, met, severity, met ? Wording.Done : nextStepIfNotMet, source);
}

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
