namespace CpdLog.Web.Features.Shared.TagHelpers;

using CpdLog.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

/// <summary>
/// The NHS date input: one fieldset with a legend and hint, and day, month and year boxes
/// (<c>&lt;nhs-date for="Input.StartDate" legend="Start date" /&gt;</c>), bound by <see cref="DateOnlyModelBinder"/>.
/// Shows back what was typed and highlights only the boxes that are wrong. The day box carries the field's id, so the
/// error summary's link lands in the date. Without a hint, the hint is an example date.
/// </summary>
[HtmlTargetElement("nhs-date", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsDateInputTagHelper : NhsFormTagHelper
{
    public string? Legend { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = Name;
        var error = Error;
        var shown = State?.RawValue switch
        {
            DateInputParts typed => typed,
            _ => DateInputParts.From(For.Model switch { DateOnly d => d, DateTime dt => DateOnly.FromDateTime(dt), _ => null }),
        };

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GroupClass(error));
        output.Content.SetHtmlContent(new HtmlString(Fieldset(name, Legend ?? For.Metadata.GetDisplayName(), Hint, shown, error)));
    }

    /// <summary>The form group's classes: with the error modifier when the date has an error.</summary>
    public static string GroupClass(string? error) => error is null ? "nhsuk-form-group" : "nhsuk-form-group nhsuk-form-group--error";

    /// <summary>
    /// The fieldset of a date input named <paramref name="name"/> showing <paramref name="shown"/>, for a page that
    /// cannot use the tag helper (a date kept in a dictionary of options); goes inside a <see cref="GroupClass"/> div.
    /// </summary>
    public static string Fieldset(string name, string legend, string? hint, DateInputParts shown, string? error)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var id = TagBuilder.CreateSanitizedId(name, "_");

        // An error that did not come from the boxes (a rule about the date, from Core) highlights all three.
        var wrong = error is null ? DateInputPart.None : shown.Wrong == DateInputPart.None ? DateInputPart.All : shown.Wrong;

        var html = new StringBuilder();
        var describedBy = new List<string> { id + "-hint" };
        html.Append(CultureInfo.InvariantCulture, $"<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{Encode(legend)}</legend>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"nhsuk-hint\" id=\"{id}-hint\">{Encode(string.IsNullOrEmpty(hint) ? "For example, 15 3 2025" : hint)}</div>");
        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<span class=\"nhsuk-error-message\" id=\"{id}-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> {Encode(error)}</span>");
            describedBy.Add(id + "-error");
        }

        html.Append(CultureInfo.InvariantCulture, $"<div class=\"nhsuk-date-input\" id=\"{id}-input\">");
        Box(html, name, id, DateInputPart.Day, shown.Day, 2, wrong);
        Box(html, name, id, DateInputPart.Month, shown.Month, 2, wrong);
        Box(html, name, id, DateInputPart.Year, shown.Year, 4, wrong);
        html.Append("</div>");
        return $"<fieldset class=\"nhsuk-fieldset\" role=\"group\" aria-describedby=\"{string.Join(' ', describedBy)}\">{html}</fieldset>";
    }

    private static void Box(StringBuilder html, string name, string id, DateInputPart part, string value, int width, DateInputPart wrong)
    {
        var boxId = part == DateInputPart.Day ? id : $"{id}-{part.ToString().ToLowerInvariant()}";
        var css = $"nhsuk-input nhsuk-date-input__input nhsuk-input--width-{width}" + (wrong.HasFlag(part) ? " nhsuk-input--error" : "");
        html.Append(CultureInfo.InvariantCulture,
            $"<div class=\"nhsuk-date-input__item\"><div class=\"nhsuk-form-group\">" +
            $"<label class=\"nhsuk-label nhsuk-date-input__label\" for=\"{boxId}\">{part}</label>" +
            $"<input class=\"{css}\" id=\"{boxId}\" name=\"{Encode(DateInputParts.Name(name, part))}\" type=\"text\" inputmode=\"numeric\" value=\"{Encode(value)}\"></div></div>");
    }
}
