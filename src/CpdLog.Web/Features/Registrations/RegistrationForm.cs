namespace CpdLog.Web.Features.Registrations;

using System.Globalization;
using CpdLog.Core.Display;
using CpdLog.Core.Records;
using CpdLog.Core.Registrations;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

/// <summary>The Add and Edit pages' form; it becomes a <see cref="RegistrationRequest"/> so pages and API validate alike.</summary>
public sealed class RegistrationForm
{
    public string BodyCode { get; set; } = "";

    public string RegistrationNumber { get; set; } = "";

    /// <summary>Kept as text so a half-typed date comes back to the user as they typed it.</summary>
    public string AnchorDate { get; set; } = "";

    public Dictionary<string, string?> Options { get; set; } = [];

    public static RegistrationForm From(ProfessionalRegistration registration) => new()
    {
        BodyCode = registration.BodyCode,
        RegistrationNumber = registration.RegistrationNumber,
        AnchorDate = registration.AnchorDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Options = registration.Options.ToDictionary(o => o.Key, o => (string?)o.Value),
    };

    public RegistrationRequest ToRequest() => new()
    {
        BodyCode = BodyCode,
        RegistrationNumber = RegistrationNumber,
        AnchorDate = AnchorDate,
        Options = Options,
    };

    /// <summary>
    /// Puts the API's errors ("anchorDate", "options.route") on the form's fields ("Input.AnchorDate",
    /// "Input.Options[route]") through the one mapper; only the options' input names differ from the default.
    /// </summary>
    public static void AddErrors(ModelStateDictionary modelState, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var optionInputs = errors.Select(e => e.Field).Where(f => f.StartsWith("options.", StringComparison.Ordinal)).Distinct()
            .ToDictionary(f => f, f => $"Input.Options[{f["options.".Length..]}]");
        modelState.AddFieldErrors(errors, "Input", optionInputs);
    }
}

/// <summary>How dates, amounts and compliance wording read on the registration, dashboard and admin pages.</summary>
public static class ComplianceDisplay
{
    public static string Date(DateOnly date) => UkFormat.Date(date);

    public static string Hours(decimal value) => UkFormat.Number(value);

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
