namespace CpdLog.Core.Compliance;

using System.Text.RegularExpressions;

/// <summary>
/// Checks an Admin-defined body before it is saved (the Admin pages and the API alike): every field error at once,
/// keyed by the JSON property names of the request, then the definition's own rules on "requiredHours". The limits
/// are the columns' (the EF configuration uses these constants).
/// </summary>
public static partial class CustomBodyValidation
{
    public const int MaxCode = 20;

    public const int MaxName = 200;

    public const int MaxNotes = 2000;

    /// <param name="definition">The body as it would be saved (code trimmed and upper-case).</param>
    /// <param name="anchorKind">The anchor kind as sent, when one was.</param>
    public static IReadOnlyList<FieldError> Validate(CustomBodyDefinition definition, AnchorKind? anchorKind)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new List<FieldError>();
        if (!CodePattern().IsMatch(definition.Code))
        {
            errors.Add(new("code", "Code must be 2 to 20 letters, digits or hyphens, like X-ILM"));
        }
        else if (BodyCatalogue.Find(definition.Code) is not null)
        {
            errors.Add(new("code", $"\"{definition.Code}\" is a built-in body; try \"X-{definition.Code}\""));
        }

        if (definition.Name.Length is 0 or > MaxName)
        {
            errors.Add(new("name", "Enter the body's name (200 characters or fewer)"));
        }

        if (definition.CycleMonths is < 1 or > 120)
        {
            errors.Add(new("cycleMonths", "Cycle length must be between 1 and 120 months"));
        }

        if (anchorKind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add(new("anchorKind", "Choose what the anchor date means"));
        }

        if (definition.Notes.Length > MaxNotes)
        {
            errors.Add(new("notes", "Notes must be 2000 characters or fewer"));
        }

        if (errors.Count == 0)
        {
            errors.AddRange(definition.Validate().Select(problem => new FieldError("requiredHours", problem)));
        }

        return errors;
    }

    /// <summary>2 to 20 letters, digits or hyphens (the code column holds <see cref="MaxCode"/>).</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{1,19}$")]
    private static partial Regex CodePattern();
}
