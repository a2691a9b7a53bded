namespace CpdLog.Web.Features.Shared.TagHelpers;

using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

/// <summary>
/// NHS radios in a fieldset for one choice (<c>&lt;nhs-radios for="Input.Unit" legend="…" inline="true" /&gt;</c>);
/// an enum gets its values by default. The first radio's id is the field id, so the error summary link lands on it.
/// </summary>
[HtmlTargetElement("nhs-radios", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsRadiosTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    public string? Legend { get; set; }

    public string? Hint { get; set; }

    public bool Inline { get; set; }

    public IEnumerable<SelectListItem>? Items { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var entry = ViewContext.ViewData.ModelState.TryGetValue(name, out var e) ? e : null;
        var error = entry is { Errors.Count: > 0 } ? entry.Errors[0].ErrorMessage : null;
        var current = entry?.AttemptedValue ?? Convert.ToString(For.Model, CultureInfo.InvariantCulture) ?? "";
        var type = For.Metadata.UnderlyingOrModelType;
        var items = Items ?? (type.IsEnum ? Enum.GetNames(type).Select(n => new SelectListItem(Humanise.Words(n), n)) : []);

        var html = new StringBuilder();
        var describedBy = new List<string>();
        html.Append(CultureInfo.InvariantCulture, $"<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{Encode(Legend ?? For.Metadata.GetDisplayName())}</legend>");
        if (Hint is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"nhsuk-hint\" id=\"{id}-hint\">{Encode(Hint)}</div>");
            describedBy.Add(id + "-hint");
        }

        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"nhsuk-error-message\" id=\"{id}-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> {Encode(error)}</span>");
            describedBy.Add(id + "-error");
        }

        html.Append(Inline ? "<div class=\"nhsuk-radios nhsuk-radios--inline\">" : "<div class=\"nhsuk-radios\">");
        var i = 0;
        foreach (var item in items)
        {
            var radioId = i++ == 0 ? id : $"{id}-{i}";
            var isChecked = string.Equals(item.Value, current, StringComparison.OrdinalIgnoreCase);
            html.Append(CultureInfo.InvariantCulture,
                $"<div class=\"nhsuk-radios__item\"><input class=\"nhsuk-radios__input\" id=\"{radioId}\" name=\"{Encode(name)}\" type=\"radio\" value=\"{Encode(item.Value)}\"{(isChecked ? " checked" : "")}>" +
                $"<label class=\"nhsuk-label nhsuk-radios__label\" for=\"{radioId}\">{Encode(item.Text)}</label></div>");
        }

        html.Append("</div>");
        var aria = describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "nhsuk-form-group" : "nhsuk-form-group nhsuk-form-group--error");
        output.Content.SetHtmlContent(new HtmlString($"<fieldset class=\"nhsuk-fieldset\"{aria}>{html}</fieldset>"));
    }

    private static string Encode(string s) => HtmlEncoder.Default.Encode(s);
}
