namespace CpdLog.Core.Funding;

/// <summary>
/// The ranges every funding amount and quantity is checked against. Money is pounds and pence, 0 or more, at most
/// <see cref="MaxAmount"/> (local policy, from configuration <c>Funding:MaxAmount</c>, never above what a money
/// column holds). Hours are at most 24 for each day of the dates they cover. Sums saturate, so no stored value,
/// however wrong, can make arithmetic overflow.
/// </summary>
public sealed record FundingLimits(decimal MaxAmount)
{
    /// <summary>The largest value a money column (precision 12, scale 2) holds.</summary>
    public const decimal ColumnMaxAmount = 9_999_999_999.99m;

    /// <summary>The most academic credits one course carries (a doctorate is 540).</summary>
    public const int MaxAcademicCredits = 1000;

    /// <summary>£100,000: far above any single funded course, low enough to catch a slipped decimal point.</summary>
    public static readonly FundingLimits Default = new(100_000m);

    /// <summary>The configured ceiling, kept within what a money column holds and above zero.</summary>
    public decimal Ceiling => Math.Clamp(MaxAmount, 0.01m, ColumnMaxAmount);

    /// <summary>Pounds and pence, 0 or more, at most the ceiling; <paramref name="what"/> names the amount in the message.</summary>
    public Result CheckMoney(string field, decimal value, string what)
    {
        if (value < 0)
        {
            return Result.Invalid(field, $"{Capitalise(what)} must be £0 or more");
        }

        if (decimal.Round(value, 2) != value)
        {
            return Result.Invalid(field, $"Enter {what} in pounds and pence, for example 1450.00");
        }

        return value > Ceiling
            ? Result.Invalid(field, $"{Capitalise(what)} must be {FundingRequest.Money(Ceiling)} or less")
            : Result.Ok;
    }

    /// <summary>Hours: 0 or more (or more than 0 when <paramref name="positive"/>), two decimal places, at most 24 per day from start to end.</summary>
    public static Result CheckHours(string field, decimal value, DateOnly start, DateOnly end, string what, bool positive = false)
    {
        var form = CheckHours(field, value, what, positive);
        if (!form.Succeeded)
        {
            return form;
        }

        var max = MaxHours(start, end);
        return value > max
            ? Result.Invalid(field, $"{Capitalise(what)} cannot be more than 24 for each day from {UkFormat.Date(start)} to {UkFormat.Date(end)} ({UkFormat.Number(max)} hours)")
            : Result.Ok;
    }

    /// <summary>Hours without dates to bound them (the dates are missing or wrong): 0 or more (or more than 0), two decimal places.</summary>
    public static Result CheckHours(string field, decimal value, string what, bool positive = false)
    {
        if (positive ? value <= 0 : value < 0)
        {
            return Result.Invalid(field, positive ? $"Enter the {what}, more than 0" : $"{Capitalise(what)} must be 0 or more");
        }

        return decimal.Round(value, 2) != value
            ? Result.Invalid(field, $"{Capitalise(what)} can have up to 2 decimal places")
            : Result.Ok;
    }

    /// <summary>24 hours for each day from start to end inclusive (0 when the dates are the wrong way round).</summary>
    public static decimal MaxHours(DateOnly start, DateOnly end) => end < start ? 0m : 24m * (end.DayNumber - start.DayNumber + 1);

    /// <summary>A stored amount as arithmetic may use it: missing or negative is 0, anything above a column's range is capped.</summary>
    public static decimal Stored(decimal? value) => Math.Clamp(value ?? 0m, 0m, ColumnMaxAmount);

    /// <summary>Adds without ever throwing: the result saturates at the largest decimal.</summary>
    public static decimal Add(decimal a, decimal b)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            return a > 0 ? decimal.MaxValue : decimal.MinValue;
        }
    }

    /// <summary>Multiplies without ever throwing: the result saturates at the largest decimal.</summary>
    public static decimal Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return (a > 0) == (b > 0) ? decimal.MaxValue : decimal.MinValue;
        }
    }

    private static string Capitalise(string what) => what.Length == 0 ? what : char.ToUpperInvariant(what[0]) + what[1..];
}
