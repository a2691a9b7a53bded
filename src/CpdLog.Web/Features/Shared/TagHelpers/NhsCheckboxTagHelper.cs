namespace CpdLog.Web.Features.Shared.TagHelpers;

using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

/// <summary>A single NHS checkbox bound to a bool: <c>&lt;nhs-checkbox for="Input.IsPrivate" label="…" /&gt;</c></summary>
[HtmlTargetElement("nhs-checkbox", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsCheckboxTagHelper : NhsFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var posted = State?.AttemptedValue;
        var isChecked = posted is not null ? posted.Split(',').Contains("true") : For.Model is true;
        var hint = Hint is null ? "" : $"<div class=\"nhsuk-hint nhsuk-checkboxes__hint\" id=\"{Id}-hint\">{Encode(Hint)}</div>";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "nhsuk-form-group");
        output.Content.SetHtmlContent(new HtmlString(
            "<div class=\"nhsuk-checkboxes\"><div class=\"nhsuk-checkboxes__item\">" +
            $"<input class=\"nhsuk-checkboxes__input\" id=\"{Id}\" name=\"{Name}\" type=\"checkbox\" value=\"true\"{(isChecked ? " checked" : "")}>" +
            $"<label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"{Id}\">{Encode(Label ?? For.Metadata.GetDisplayName())}</label>{hint}" +
            $"<input type=\"hidden\" name=\"{Name}\" value=\"false\"></div></div>"));
    }
}
