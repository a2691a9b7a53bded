namespace CpdLog.Web.Features.Registrations;

using Microsoft.AspNetCore.Mvc.ModelBinding;

/// <summary>The Add and Edit pages' form; it becomes a <see cref="RegistrationRequest"/> so pages and API validate alike.</summary>
public sealed class RegistrationForm
{
    private const string OptionDatesPrefix = "Input." + nameof(OptionDates) + "[";

    public string BodyCode { get; set; } = "";

    public string RegistrationNumber { get; set; } = "";

    /// <summary>From the day, month and year boxes; a half-typed date comes back to the user as they typed it.</summary>
    [Display(Name = "The date")]
    public DateOnly? AnchorDate { get; set; }

    public Dictionary<string, string?> Options { get; set; } = [];

    /// <summary>The body's date options, from their day, month and year boxes (<c>Input.OptionDates[key].Day</c>, …).</summary>
    public Dictionary<string, DateOnly?> OptionDates { get; set; } = [];

    public static RegistrationForm From(ProfessionalRegistration registration) => new()
    {
        BodyCode = registration.BodyCode,
        RegistrationNumber = registration.RegistrationNumber,
        AnchorDate = registration.AnchorDate,
        Options = registration.Options.ToDictionary(o => o.Key, o => (string?)o.Value),
    };

    /// <summary>
    /// The request the writer validates. A date whose boxes could not be read goes on as typed, so the writer refuses
    /// it as well and nothing is saved; the boxes' own message is the one shown.
    /// </summary>
    public RegistrationRequest ToRequest(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var options = new Dictionary<string, string?>(Options);
        foreach (var (key, date) in OptionDates)
        {
            options[key] = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        }

        foreach (var (key, entry) in modelState)
        {
            if (key.StartsWith(OptionDatesPrefix, StringComparison.Ordinal) && key.EndsWith(']') && entry.Errors.Count > 0)
            {
                options[key[OptionDatesPrefix.Length..^1]] = "not a date: " + entry.AttemptedValue;
            }
        }

        return new()
        {
            BodyCode = BodyCode,
            RegistrationNumber = RegistrationNumber,
            AnchorDate = AnchorDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Options = options,
        };
    }

    /// <summary>
    /// Clears the binding state before the writer's errors are shown (the writer validates every field), except the
    /// date boxes' (what was typed, and what was wrong with it), so they show as typed and the writer's date errors
    /// land on the date inputs.
    /// </summary>
    public static void KeepDateErrors(ModelStateDictionary modelState)
    {
        var dateKey = $"Input.{nameof(AnchorDate)}";
        foreach (var key in modelState.Keys.Where(k => !(k == dateKey || k.StartsWith(OptionDatesPrefix, StringComparison.Ordinal))).ToList())
        {
            modelState.Remove(key);
        }
    }

    /// <summary>
    /// Puts the API's errors ("anchorDate", "options.route") on the form's fields ("Input.AnchorDate",
    /// "Input.Options[route]") through the one mapper; only the options' input names differ from the default.
    /// </summary>
    public static void AddErrors(ModelStateDictionary modelState, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);

        // An option that is a date has day, month and year boxes; their own errors (already in the model state) win.
        var optionInputs = errors.Select(e => e.Field).Where(f => f.StartsWith("options.", StringComparison.Ordinal)).Distinct()
            .ToDictionary(f => f, f => modelState.ContainsKey($"{OptionDatesPrefix}{f["options.".Length..]}]")
                ? $"{OptionDatesPrefix}{f["options.".Length..]}]"
                : $"Input.Options[{f["options.".Length..]}]");
        modelState.AddFieldErrors(errors, "Input", optionInputs);
    }
}
