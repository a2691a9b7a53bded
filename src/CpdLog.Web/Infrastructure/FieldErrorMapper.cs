namespace CpdLog.Web.Infrastructure;

using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;

/// <summary>
/// The one way Core's field errors reach a user. Core keys every error by the JSON property name of the API request
/// body (records use the entity's property name, which is the same name in PascalCase). The API gets RFC 7807
/// validation problem details with the camelCase JSON names as keys; a page gets the errors in its ModelState under
/// its input names ("title" ⇒ "Input.Title"), so each message lands on its field and in the NHS error summary.
/// An error with no field ("") is about the whole input: the summary shows it above the fields.
/// </summary>
public static class FieldErrorMapper
{
    /// <summary>The RFC 7807 <c>errors</c> member: JSON property names (camelCase) to messages, in Core's order.</summary>
    public static Dictionary<string, string[]> ToProblemErrors(IEnumerable<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.GroupBy(e => JsonName(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
    }

    /// <summary>A 400 validation problem with every error.</summary>
    public static ValidationProblem ToValidationProblem(IEnumerable<FieldError> errors) => TypedResults.ValidationProblem(ToProblemErrors(errors));

    /// <summary>
    /// Adds the errors to a page's ModelState under its input names: <paramref name="prefix"/> + the PascalCase name
    /// ("Input" + "studyLeaveHours" ⇒ "Input.StudyLeaveHours"), or the name <paramref name="inputNames"/> gives for a
    /// JSON name whose input is called differently on the page. A field that already has an error (e.g. a value that
    /// did not bind) keeps that one.
    /// </summary>
    public static void AddFieldErrors(
        this ModelStateDictionary modelState, IEnumerable<FieldError> errors, string prefix = "Input", IReadOnlyDictionary<string, string>? inputNames = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            var key = InputName(error.Field, prefix, inputNames);
            if (key.Length == 0 || modelState[key] is not { Errors.Count: > 0 })
            {
                modelState.AddModelError(key, error.Message);
            }
        }
    }

    /// <summary>
    /// The JSON property name of a field ("StartDate" and "startDate" ⇒ "startDate"); a nested field names each part
    /// in camelCase ("Modules[0].Title" ⇒ "modules[0].title").
    /// </summary>
    public static string JsonName(string field) => field.Length == 0 ? ""
        : string.Join('.', field.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>The page's input name for a field's JSON name ("" stays "": the whole form).</summary>
    public static string InputName(string field, string prefix = "Input", IReadOnlyDictionary<string, string>? inputNames = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Length == 0)
        {
            return "";
        }

        var json = JsonName(field);
        if (inputNames is not null && inputNames.TryGetValue(json, out var mapped))
        {
            return mapped;
        }

        // Records' errors already carry the property name; a camelCase JSON name becomes PascalCase.
        var property = char.IsUpper(field[0]) ? field : char.ToUpperInvariant(field[0]) + field[1..];
        return prefix.Length == 0 ? property : prefix + "." + property;
    }
}
