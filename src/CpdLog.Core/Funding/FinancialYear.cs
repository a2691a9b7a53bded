namespace CpdLog.Core.Funding;

/// <summary>
/// An NHS financial year, 1 April to 31 March, labelled "2026/27". Trust training budgets and study-leave allowances
/// are set per financial year (NHS Employers; Agenda for Change pay awards also take effect on 1 April).
/// </summary>
public readonly record struct FinancialYear(int StartYear) : IComparable<FinancialYear>
{
    public DateOnly Start => new(StartYear, 4, 1);

    public static bool operator <(FinancialYear left, FinancialYear right) => left.StartYear < right.StartYear;

    public static bool operator <=(FinancialYear left, FinancialYear right) => left.StartYear <= right.StartYear;

    public static bool operator >(FinancialYear left, FinancialYear right) => left.StartYear > right.StartYear;

    public static bool operator >=(FinancialYear left, FinancialYear right) => left.StartYear >= right.StartYear;

    public DateOnly End => new(StartYear + 1, 3, 31);

    public string Label => $"{StartYear}/{(StartYear + 1) % 100:00}";

    public FinancialYear Next => new(StartYear + 1);

    public FinancialYear Previous => new(StartYear - 1);

    public static FinancialYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Parses "2026/27", "2026-27" or "2026".</summary>
    public static bool TryParse(string? text, out FinancialYear year)
    {
        year = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length < 4
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return false;
        }

        if (text.Length > 4)
        {
            var rest = text[4..];
            if (rest.Length != 3 || rest[0] is not ('/' or '-')
                || !int.TryParse(rest.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end != (start + 1) % 100)
            {
                return false;
            }
        }

        year = new FinancialYear(start);
        return true;
    }

    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() => Label;
}
