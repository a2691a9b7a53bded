namespace CpdLog.Web.Features.Shared.TagHelpers;

using Microsoft.AspNetCore.Razor.TagHelpers;

/// <summary><c>&lt;nhs-select for="Input.Method" label="…" items="Model.Methods" /&gt;</c> (enums get their values by default).</summary>
[HtmlTargetElement("nhs-select", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsSelectTagHelper : NhsFieldTagHelper
{
    public IEnumerable<SelectListItem>? Items { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = Value;
        var items = Items ?? EnumItems(For.Metadata.UnderlyingOrModelType);
        var options = string.Concat(items.Select(i =>
            $"<option value=\"{Encode(i.Value)}\"{(i.Value == current ? " selected" : "")}>{Encode(i.Text)}</option>"));
        var css = "nhsuk-select" + (Error is null ? "" : " nhsuk-select--error");
        WriteGroup(output, $"<select class=\"{css}\" id=\"{Id}\" name=\"{Name}\"{{aria}}>{options}</select>");
    }

    private static IEnumerable<SelectListItem> EnumItems(Type type) => type.IsEnum
        ? Enum.GetNames(type).Select(n => new SelectListItem(DisplayNames.Of(type, n), n))
        : [];
}
