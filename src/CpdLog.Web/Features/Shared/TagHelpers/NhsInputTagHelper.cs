namespace CpdLog.Web.Features.Shared.TagHelpers;

using Microsoft.AspNetCore.Razor.TagHelpers;

/// <summary><c>&lt;nhs-input for="Input.Title" label="Title" type="text|email|number|date|password" width="20" /&gt;</c></summary>
[HtmlTargetElement("nhs-input", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsInputTagHelper : NhsFieldTagHelper
{
    public string Type { get; set; } = "text";

    public int? Width { get; set; }

    public string? Autocomplete { get; set; }

    public string? Step { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var css = "nhsuk-input" + (Width is { } w ? $" nhsuk-input--width-{w}" : "") + (Error is null ? "" : " nhsuk-input--error");
        var type = Type;
        var extra = "";
        if (type == "number")
        {
            // Decimal hours: a text box with a numeric keypad avoids browsers rejecting "7.5" in some locales.
            type = "text";
            extra = " inputmode=\"decimal\"";
        }

        if (Autocomplete is not null)
        {
            extra += $" autocomplete=\"{Autocomplete}\"";
        }

        var value = Type == "password" ? "" : Encode(Value);
        WriteGroup(output, $"<input class=\"{css}\" id=\"{Id}\" name=\"{Name}\" type=\"{type}\" value=\"{value}\"{extra}{{aria}}>");
    }
}
