namespace CpdLog.Web.Features.Shared.TagHelpers;

using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

/// <summary>
/// Base for the NHS design-system form fields: label, hint, error message and the <c>--error</c> modifiers, so every
/// page renders validation the way NHS services do.
/// </summary>
public abstract class NhsFieldTagHelper : NhsFormTagHelper
{
    public string? Label { get; set; }

    /// <summary>The value to show: what the user posted (so nothing typed is lost), else the model's value.</summary>
    protected string Value
    {
        get
        {
            if (State?.AttemptedValue is { } posted)
            {
                return posted;
            }

            return For.Model switch
            {
                null => "",
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                decimal m => m.ToString("0.##", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var o => o.ToString() ?? "",
            };
        }
    }

    protected void WriteGroup(TagHelperOutput output, string control)
    {
        var error = Error;
        var describedBy = new List<string>();
        var html = new System.Text.StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<label class=\"nhsuk-label\" for=\"{Id}\">{Encode(Label ?? For.Metadata.GetDisplayName())}</label>");
        if (!string.IsNullOrEmpty(Hint))
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"nhsuk-hint\" id=\"{Id}-hint\">{Encode(Hint)}</div>");
            describedBy.Add(Id + "-hint");
        }

        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"nhsuk-error-message\" id=\"{Id}-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> {Encode(error)}</span>");
            describedBy.Add(Id + "-error");
        }

        var aria = describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "";
        html.Append(control.Replace("{aria}", aria, StringComparison.Ordinal));
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "nhsuk-form-group" : "nhsuk-form-group nhsuk-form-group--error");
        output.Content.SetHtmlContent(new HtmlString(html.ToString()));
    }
}
