namespace CpdLog.Web.Features.Registrations;

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CpdLog.Core.Registrations;
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

    /// <summary>Puts API-style errors ("anchorDate", "options.route") on the form's fields ("Input.AnchorDate", "Input.Options[route]").</summary>
    public static void AddErrors(ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (key, messages) in errors)
        {
            var field = key.StartsWith("options.", StringComparison.Ordinal)
                ? modelState.ContainsKey($"{OptionDatesPrefix}{key["options.".Length..]}]")
                    ? $"{OptionDatesPrefix}{key["options.".Length..]}]"
                    : $"Input.Options[{key["options.".Length..]}]"
                : "Input." + char.ToUpperInvariant(key[0]) + key[1..];
            if (modelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0)
            {
                continue; // the date boxes already say what is wrong with what was typed
            }

            foreach (var message in messages)
            {
                modelState.AddModelError(field, message);
            }
        }
    }
}

/// <summary>How dates, amounts and compliance wording read on the registration, dashboard and admin pages.</summary>
public static class ComplianceDisplay
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string Hours(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An option choice as words: "true" → "Yes", "nurse-and-midwife" → "Nurse and midwife".</summary>
    public static string Choice(string choice) => choice switch
    {
        "true" => "Yes",
        "false" => "No",
        "" => "Not set",
        _ => char.ToUpperInvariant(choice[0]) + choice[1..].Replace('-', ' '),
    };

    public static string DaysLeft(int days) => days switch
    {
        0 => "Due today",
        1 => "1 day left",
        > 1 => $"{days} days left",
        -1 => "1 day overdue",
        _ => $"{-days} days overdue",
    };
}
