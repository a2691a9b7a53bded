namespace CpdLog.Web.Features.Shared.TagHelpers;

using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;

/// <summary>
/// Base for the NHS choice fields (<see cref="NhsRadiosTagHelper"/>, <see cref="NhsCheckboxesTagHelper"/>): a fieldset
/// with a legend, hint and error message and one input per item. The first input's id is the field id, so the error
/// summary link lands on it.
/// </summary>
public abstract class NhsChoicesTagHelper : NhsFormTagHelper
{
    public string? Legend { get; set; }

    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>The NHS component, <c>radios</c> or <c>checkboxes</c>: the stem of its class names.</summary>
    protected abstract string Component { get; }

    /// <summary>The type of each input: <c>radio</c> or <c>checkbox</c>.</summary>
    protected abstract string InputType { get; }

    /// <summary>The classes of the element around the inputs.</summary>
    protected virtual string ListClass => "nhsuk-" + Component;

    /// <summary>The items when the page gives none (an enum's values).</summary>
    protected abstract IEnumerable<SelectListItem> DefaultItems();

    /// <summary>Which values show as chosen: what was posted (<paramref name="state"/>), else the model's value.</summary>
    protected abstract Func<string, bool> Chosen(ModelStateEntry? state);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = Name;
        var id = Id;
        var error = Error;
        var chosen = Chosen(State);
        var items = Items ?? DefaultItems();

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

        html.Append(CultureInfo.InvariantCulture, $"<div class=\"{ListClass}\">");
        var i = 0;
        foreach (var item in items)
        {
            var inputId = i++ == 0 ? id : $"{id}-{i}";
            html.Append(CultureInfo.InvariantCulture,
                $"<div class=\"nhsuk-{Component}__item\"><input class=\"nhsuk-{Component}__input\" id=\"{inputId}\" name=\"{Encode(name)}\" type=\"{InputType}\" value=\"{Encode(item.Value)}\"{(chosen(item.Value) ? " checked" : "")}>" +
                $"<label class=\"nhsuk-label nhsuk-{Component}__label\" for=\"{inputId}\">{Encode(item.Text)}</label></div>");
        }

        html.Append("</div>");
        var aria = describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "nhsuk-form-group" : "nhsuk-form-group nhsuk-form-group--error");
        output.Content.SetHtmlContent(new HtmlString($"<fieldset class=\"nhsuk-fieldset\"{aria}>{html}</fieldset>"));
    }
}
