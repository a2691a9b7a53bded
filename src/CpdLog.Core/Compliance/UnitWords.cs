namespace CpdLog.Core.Compliance;

/// <summary>
/// A requirement's unit in the number it goes with: "1 hour", "0.5 hours", "2 discussions", "1 category". Rule sets
/// name units in either form ("hours", "discussion"); this gives the form that reads right.
/// </summary>
public static class UnitWords
{
    public static string For(decimal value, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Length == 0)
        {
            return unit;
        }

        var singular = Singular(unit);
        return value == 1m ? singular : Plural(singular);
    }

    private static string Singular(string unit) =>
        unit.EndsWith("ies", StringComparison.Ordinal) ? unit[..^3] + "y"
        : unit.EndsWith('s') && !unit.EndsWith("ss", StringComparison.Ordinal) ? unit[..^1]
        : unit;

    private static string Plural(string singular) =>
        singular.EndsWith('y') && singular.Length > 1 && !"aeiou".Contains(singular[^2], StringComparison.Ordinal) ? singular[..^1] + "ies"
        : singular.EndsWith('s') || singular.EndsWith('x') || singular.EndsWith("ch", StringComparison.Ordinal) || singular.EndsWith("sh", StringComparison.Ordinal) ? singular + "es"
        : singular + "s";
}
