namespace CpdLog.Core.Registrations;

using CpdLog.Core.Compliance;

/// <summary>
/// Checks a registration before it is saved, for the pages and the API alike: every error at once, keyed by the JSON
/// property names of the request ("registrationNumber", "anchorDate", "options.route"). Pure: the body's rule set
/// (null when the body is unknown; the caller reports that) and the typed values in, errors and the parsed values out.
/// </summary>
public static class RegistrationValidation
{
    /// <summary>The registration number column's length.</summary>
    public const int MaxNumberLength = 50;

    /// <summary>The longest free-text option value.</summary>
    public const int MaxOptionLength = 50;

    private static readonly DateOnly EarliestAnchor = new(1950, 1, 1);
    private static readonly DateOnly LatestAnchor = new(2100, 12, 31);

    public static IReadOnlyList<FieldError> Validate(
        IBodyRuleSet? ruleSet,
        string? registrationNumber,
        string? anchorDate,
        IReadOnlyDictionary<string, string?>? options,
        out DateOnly anchor,
        out Dictionary<string, string> chosenOptions)
    {
        var errors = new List<FieldError>();
        var number = registrationNumber?.Trim() ?? "";
        if (number.Length == 0)
        {
            errors.Add(new("registrationNumber", "Enter your registration or membership number"));
        }
        else if (number.Length > MaxNumberLength)
        {
            errors.Add(new("registrationNumber", $"Registration number must be {MaxNumberLength} characters or fewer"));
        }

        anchor = default;
        var label = ruleSet?.AnchorLabel ?? "the date";
        if (string.IsNullOrWhiteSpace(anchorDate))
        {
            errors.Add(new("anchorDate", $"Enter the date: {label}"));
        }
        else if (!DateOnly.TryParseExact(anchorDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out anchor))
        {
            errors.Add(new("anchorDate", "Enter a real date, like 2027-03-31"));
        }
        else if (anchor < EarliestAnchor || anchor > LatestAnchor)
        {
            errors.Add(new("anchorDate", "Date must be between 1950 and 2100"));
        }
        else if (ruleSet?.CheckAnchor(anchor) is { } anchorProblem)
        {
            errors.Add(new("anchorDate", anchorProblem));
        }

        chosenOptions = ruleSet is null ? [] : ReadOptions(ruleSet, options ?? new Dictionary<string, string?>(), errors);
        return errors;
    }

    /// <summary>Known options only; a choice must be one of the body's choices, a date a real YYYY-MM-DD. Blank means "use the default".</summary>
    private static Dictionary<string, string> ReadOptions(IBodyRuleSet ruleSet, IReadOnlyDictionary<string, string?> posted, List<FieldError> errors)
    {
        var chosen = new Dictionary<string, string>();
        foreach (var key in posted.Keys.Where(k => !ruleSet.Options.Any(o => string.Equals(o.Key, k, StringComparison.OrdinalIgnoreCase))))
        {
            errors.Add(new($"options.{key}", $"{ruleSet.Code} has no option \"{key}\""));
        }

        foreach (var option in ruleSet.Options)
        {
            var value = posted.FirstOrDefault(p => string.Equals(p.Key, option.Key, StringComparison.OrdinalIgnoreCase)).Value?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (!string.IsNullOrEmpty(option.Default))
                {
                    chosen[option.Key] = option.Default;
                }

                continue;
            }

            if (option.Check(value) is { } problem)
            {
                errors.Add(new($"options.{option.Key}", problem));
                continue;
            }

            if (option.Choices.Count > 0)
            {
                value = option.Choices.First(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase));
            }
            else if (value.Length > MaxOptionLength)
            {
                errors.Add(new($"options.{option.Key}", $"{option.Label} must be {MaxOptionLength} characters or fewer"));
                continue;
            }

            chosen[option.Key] = value;
        }

        return chosen;
    }
}
