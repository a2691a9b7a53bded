namespace CpdLog.Web.Infrastructure.Forms;

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

/// <summary>
/// Binds a <see cref="DateOnly"/> (or <c>DateOnly?</c>) from the day, month and year boxes of an NHS date input
/// (<c>Name.Day</c>, <c>Name.Month</c>, <c>Name.Year</c>), with the NHS error messages on the field: "… must include a
/// month", "… must be a real date". A single ISO date under the field's own name (a link such as
/// <c>/Activities?From=2025-04-01</c>) still binds. The JSON API does not use this: it keeps ISO dates.
/// </summary>
public sealed partial class DateOnlyModelBinder : IModelBinder
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var name = bindingContext.ModelName;
        var values = bindingContext.ValueProvider;
        var day = values.GetValue(DateInputParts.Name(name, DateInputPart.Day));
        var month = values.GetValue(DateInputParts.Name(name, DateInputPart.Month));
        var year = values.GetValue(DateInputParts.Name(name, DateInputPart.Year));
        var metadata = bindingContext.ModelMetadata;
        // A dictionary's value ("Input.OptionDates[submittedOn]") is named by its key, not by KeyValuePair's "Value".
        var field = FieldName.Of(metadata.DisplayName, name.EndsWith(']') ? name : metadata.PropertyName ?? name);
        if (day == ValueProviderResult.None && month == ValueProviderResult.None && year == ValueProviderResult.None)
        {
            BindIso(bindingContext, field);
            return Task.CompletedTask;
        }

        var typed = new DateInputParts(Text(day), Text(month), Text(year), DateInputPart.None);
        var (date, wrong, message) = Read(typed, field, metadata.IsReferenceOrNullableType);
        bindingContext.ModelState.SetModelValue(name, typed with { Wrong = wrong }, $"{typed.Year}-{typed.Month}-{typed.Day}");
        if (message is not null)
        {
            bindingContext.ModelState.TryAddModelError(name, message);
            bindingContext.Result = ModelBindingResult.Failed();
        }
        else
        {
            bindingContext.Result = ModelBindingResult.Success(date);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads the three boxes: the date, the boxes that are wrong and the message saying how to put them right (no
    /// message and no date when all are empty and the date is optional).
    /// </summary>
    public static (DateOnly? Date, DateInputPart Wrong, string? Message) Read(DateInputParts typed, string field, bool optional)
    {
        var missing = (typed.Day.Length == 0 ? DateInputPart.Day : 0) | (typed.Month.Length == 0 ? DateInputPart.Month : 0)
            | (typed.Year.Length == 0 ? DateInputPart.Year : 0);
        if (missing == DateInputPart.All)
        {
            return optional ? (null, DateInputPart.None, null) : (null, DateInputPart.All, $"Enter {FieldName.Object(field)}");
        }

        if (missing != DateInputPart.None)
        {
            return (null, missing, $"{FieldName.Subject(field)} must include a {Words(missing)}");
        }

        var d = Number(typed.Day, 1, 31);
        var m = Number(typed.Month, 1, 12) ?? MonthName(typed.Month);
        var y = typed.Year.Length == 4 ? Number(typed.Year, 1, 9999) : null;
        var wrong = (d is null ? DateInputPart.Day : 0) | (m is null ? DateInputPart.Month : 0) | (y is null ? DateInputPart.Year : 0);
        if (wrong == DateInputPart.Year && Number(typed.Year, 0, 99) is not null)
        {
            return (null, wrong, $"{FieldName.Subject(field)} must have a year of 4 numbers, for example 2025");
        }

        if (wrong != DateInputPart.None)
        {
            return (null, wrong, $"{FieldName.Subject(field)} must be a real date");
        }

        return d!.Value > DateTime.DaysInMonth(y!.Value, m!.Value)
            ? (null, DateInputPart.Day, $"{FieldName.Subject(field)} must be a real date")
            : (new DateOnly(y.Value, m.Value, d.Value), DateInputPart.None, null);
    }

    private static void BindIso(ModelBindingContext bindingContext, string field)
    {
        var name = bindingContext.ModelName;
        var single = bindingContext.ValueProvider.GetValue(name);
        if (single == ValueProviderResult.None)
        {
            return;
        }

        var text = single.FirstValue?.Trim() ?? "";
        var iso = IsoParts().Match(text);
        var shown = iso.Success
            ? new DateInputParts(iso.Groups[3].Value, iso.Groups[2].Value, iso.Groups[1].Value, DateInputPart.None)
            : new DateInputParts(text, "", "", DateInputPart.None);
        bindingContext.ModelState.SetModelValue(name, shown, text);
        if (text.Length == 0 && bindingContext.ModelMetadata.IsReferenceOrNullableType)
        {
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            bindingContext.Result = ModelBindingResult.Success(date);
        }
        else
        {
            bindingContext.ModelState.SetModelValue(name, shown with { Wrong = DateInputPart.All }, text);
            bindingContext.ModelState.TryAddModelError(name, text.Length == 0 ? $"Enter {FieldName.Object(field)}" : $"{FieldName.Subject(field)} must be a real date");
            bindingContext.Result = ModelBindingResult.Failed();
        }
    }

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex IsoParts();

    private static string Text(ValueProviderResult value) => value.FirstValue?.Trim() ?? "";

    private static int? Number(string text, int min, int max) =>
        text.Length <= 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    private static int? MonthName(string text)
    {
        if (text.Length < 3)
        {
            return null;
        }

        for (var i = 0; i < 12; i++)
        {
            if (Uk.DateTimeFormat.MonthNames[i].StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static string Words(DateInputPart parts)
    {
        var names = new[] { DateInputPart.Day, DateInputPart.Month, DateInputPart.Year }.Where(p => parts.HasFlag(p))
            .Select(p => p.ToString().ToLowerInvariant()).ToArray();
        return names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
    }
}
