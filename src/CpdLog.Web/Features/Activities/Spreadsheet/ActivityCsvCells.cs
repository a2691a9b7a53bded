namespace CpdLog.Web.Features.Activities.Spreadsheet;

/// <summary>
/// How one spreadsheet cell is written and read: UK dates (31/03/2026), hours as the app shows them everywhere
/// (<see cref="UkFormat.Number"/>: "7.5"), Yes/No, and choices by the names people read on the pages. Reading is the
/// inverse of writing (and a little more forgiving: "1/4/2026", "2026-04-01", "7.5 h", "yes", "E-learning" or
/// "ELearning"), so an exported file imports unchanged.
/// </summary>
public static class ActivityCsvCells
{
    /// <summary>The cell format of dates: a UK date as Excel shows it with the en-GB locale.</summary>
    public const string DateFormat = "dd/MM/yyyy";

    /// <summary>
    /// The characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). The writer prefixes such a
    /// cell with <see cref="InjectionEscape"/> (CsvHelper's <c>InjectionOptions.Escape</c>, configured with these).
    /// </summary>
    public static readonly char[] InjectionCharacters = ['=', '+', '-', '@', '\t', '\r'];

    public const char InjectionEscape = '\'';

    private static readonly string[] DateFormats = ["d/M/yyyy", "yyyy-MM-dd"];

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Hours(decimal hours) => UkFormat.Number(hours);

    public static string YesNo(bool value) => UkFormat.YesNo(value);

    public static string Name(Enum value) => DisplayNames.Of(value);

    /// <summary>The text the user typed: a cell the export neutralised ("'=SUM(A1)") loses its leading quote again.</summary>
    public static string Unescape(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == InjectionEscape && InjectionCharacters.Contains(cell[1]) ? cell[1..] : cell;
    }

    /// <summary>A UK date; null with no error for an empty cell (the rules then ask for it).</summary>
    public static bool TryDate(string cell, out DateOnly? date)
    {
        date = null;
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    /// <summary>A number of hours ("7.5", "7.5 h", "7.5 hours"); null with no error for an empty cell.</summary>
    public static bool TryHours(string cell, out decimal? hours)
    {
        hours = null;
        var text = cell.Trim();
        foreach (var unit in (string[])["hours", "hrs", "h"])
        {
            if (text.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                text = text[..^unit.Length].TrimEnd();
                break;
            }
        }

        if (text.Length == 0)
        {
            return cell.Trim().Length == 0;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            hours = parsed;
            return true;
        }

        return false;
    }

    /// <summary>Yes/No (also Y/N, True/False, 1/0); empty is No.</summary>
    public static bool TryYesNo(string cell, out bool value)
    {
        switch (cell.Trim().ToLowerInvariant())
        {
            case "" or "no" or "n" or "false" or "0":
                value = false;
                return true;
            case "yes" or "y" or "true" or "1":
                value = true;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>A choice by its display name or member name, any case, spaces and hyphens ignored; null with no error for an empty cell.</summary>
    public static bool TryChoice<TEnum>(string cell, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        var key = Key(cell);
        if (key.Length == 0)
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Key(candidate.ToString()) == key || Key(DisplayNames.Of(candidate)) == key)
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The parts of the NMC Code, separated by commas, semicolons or new lines; empty is none.</summary>
    public static bool TryThemes(string cell, out List<CodeThemes> themes)
    {
        themes = [];
        foreach (var part in cell.Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryChoice<CodeThemes>(part, out var theme) || theme is not { } t || t == CodeThemes.None || !CodeThemesExtensions.Each.Contains(t))
            {
                return false;
            }

            if (!themes.Contains(t))
            {
                themes.Add(t);
            }
        }

        return true;
    }

    /// <summary>The names a user may type for a choice, for messages: "Course attendance, Conference or seminar, …".</summary>
    public static string Names<TEnum>(IEnumerable<TEnum>? values = null)
        where TEnum : struct, Enum
        => string.Join(", ", (values ?? Enum.GetValues<TEnum>()).Select(v => DisplayNames.Of(v)));

    /// <summary>Letters and digits only, lower case: how headings and choices are compared.</summary>
    public static string Key(string text) => string.Concat((text ?? "").Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
