namespace CpdLog.Core.Compliance;

/// <summary>Describes a body option the user sets on a registration (e.g. NMC dual registration).</summary>
/// <param name="Choices">The allowed values; empty for free input in <paramref name="Format"/>.</param>
public sealed record BodyOption(string Key, string Label, IReadOnlyList<string> Choices, string Default, string Hint, BodyOptionFormat Format = BodyOptionFormat.Text)
{
    /// <summary>
    /// Null when <paramref name="value"/> (trimmed, not blank) is acceptable, else what is wrong with it, in words the
    /// user can act on. Choices are matched case-insensitively; dates are ISO 8601 (YYYY-MM-DD) and must exist.
    /// </summary>
    public string? Check(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Choices.Count > 0)
        {
            return Choices.Any(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase))
                ? null
                : $"{Label}: choose one of {string.Join(", ", Choices)}";
        }

        return Format switch
        {
            BodyOptionFormat.Date when !DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
                => $"{Label}: enter a real date as YYYY-MM-DD, like 2025-09-01",
            _ => null,
        };
    }
}
