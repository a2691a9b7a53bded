namespace CpdLog.Web.Features.Shared.TagHelpers;

using Microsoft.AspNetCore.Razor.TagHelpers;

/// <summary><c>&lt;nhs-textarea for="Input.Description" label="…" rows="5" /&gt;</c></summary>
[HtmlTargetElement("nhs-textarea", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsTextareaTagHelper : NhsFieldTagHelper
{
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var css = "nhsuk-textarea" + (Error is null ? "" : " nhsuk-textarea--error");
        WriteGroup(output, $"<textarea class=\"{css}\" id=\"{Id}\" name=\"{Name}\" rows=\"{Rows}\"{{aria}}>{Encode(Value)}</textarea>");
    }
}
