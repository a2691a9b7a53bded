namespace CpdLog.Core.Funding;

/// <summary>
/// Collects every field error of one funding input, one message per field (the first problem is the one to fix),
/// keyed by the JSON property name of the request body.
/// </summary>
internal sealed class FundingErrors : List<FieldError>
{
    public bool Has(string field) => this.Any(e => e.Field == field);

    public void Add(string field, string message)
    {
        if (!Has(field))
        {
            Add(new FieldError(field, message));
        }
    }

    /// <summary>Adds the refusal of a single-field check (money, hours); true when the check passed.</summary>
    public bool Add(Result check)
    {
        foreach (var error in check.Refusal?.Errors ?? [])
        {
            Add(error.Field, error.Message);
        }

        return check.Succeeded;
    }

    /// <summary>Required text, at most <paramref name="max"/> characters once trimmed (as it is stored).</summary>
    public void RequiredText(string field, string? value, int max, string missing, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, missing);
        }
        else
        {
            MaxLength(field, value, max, what);
        }
    }

    /// <summary>Optional text, at most <paramref name="max"/> characters once trimmed (as it is stored).</summary>
    public void MaxLength(string field, string? value, int max, string what)
    {
        if (value is not null && value.Trim().Length > max)
        {
            Add(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be {max.ToString("N0", CultureInfo.InvariantCulture)} characters or fewer");
        }
    }

    public Result ToResult() => Result.From(this);
}
