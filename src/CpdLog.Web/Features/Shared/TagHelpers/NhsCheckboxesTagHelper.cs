namespace CpdLog.Web.Features.Shared.TagHelpers;

using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using CpdLog.Core.Display;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

/// <summary>
/// NHS checkboxes in a fieldset for a list property (several choices, one name):
/// <c>&lt;nhs-checkboxes for="Input.CodeThemes" legend="…" /&gt;</c>. Enum lists get their values by default. The
/// first box's id is the field id, so the error summary link lands on it.
/// </summary>
[HtmlTargetElement("nhs-checkboxes", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsCheckboxesTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    public string? Legend { get; set; }

    public string? Hint { get; set; }

    public IEnumerable<SelectListItem>? Items { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state is { Errors.Count: > 0 } ? state.Errors[0].ErrorMessage : null;
        var selected = state?.RawValue switch
        {
            string[] values => values.ToHashSet(StringComparer.Ordinal),
            string value => [value],
            _ => (For.Model as IEnumerable)?.Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToHashSet(StringComparer.Ordinal)
                ?? [],
        };
        var items = Items ?? EnumItems(For.Metadata.ElementMetadata?.UnderlyingOrModelType);

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

        html.Append("<div class=\"nhsuk-checkboxes\">");
        var i = 0;
        foreach (var item in items)
        {
            var boxId = i++ == 0 ? id : $"{id}-{i}";
            html.Append(CultureInfo.InvariantCulture,
                $"<div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" id=\"{boxId}\" name=\"{Encode(name)}\" type=\"checkbox\" value=\"{Encode(item.Value)}\"{(selected.Contains(item.Value) ? " checked" : "")}>" +
                $"<label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"{boxId}\">{Encode(item.Text)}</label></div>");
        }

        html.Append("</div>");
        var aria = describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "nhsuk-form-group" : "nhsuk-form-group nhsuk-form-group--error");
        output.Content.SetHtmlContent(new HtmlString($"<fieldset class=\"nhsuk-fieldset\"{aria}>{html}</fieldset>"));
    }

    private static string Encode(string s) => HtmlEncoder.Default.Encode(s);

    private static IEnumerable<SelectListItem> EnumItems(Type? type) => type is { IsEnum: true }
        ? Enum.GetValues(type).Cast<object>().Where(v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0)
            .Select(v => new SelectListItem(DisplayNames.Of((Enum)v), v.ToString()))
        : [];
}
