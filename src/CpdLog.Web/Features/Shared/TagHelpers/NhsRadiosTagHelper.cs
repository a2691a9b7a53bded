namespace CpdLog.Web.Features.Shared.TagHelpers;

using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;

/// <summary>
/// NHS radios in a fieldset for one choice (<c>&lt;nhs-radios for="Input.Unit" legend="…" inline="true" /&gt;</c>);
/// an enum gets its values by default. The first radio's id is the field id, so the error summary link lands on it.
/// </summary>
[HtmlTargetElement("nhs-radios", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsRadiosTagHelper : NhsChoicesTagHelper
{
    public bool Inline { get; set; }

    protected override string Component => "radios";

    protected override string InputType => "radio";

    protected override string ListClass => Inline ? "nhsuk-radios nhsuk-radios--inline" : "nhsuk-radios";

    protected override IEnumerable<SelectListItem> DefaultItems()
    {
        var type = For.Metadata.UnderlyingOrModelType;
        return type.IsEnum ? Enum.GetNames(type).Select(n => new SelectListItem(Humanise.Words(n), n)) : [];
    }

    protected override Func<string, bool> Chosen(ModelStateEntry? state)
    {
        var current = state?.AttemptedValue ?? Convert.ToString(For.Model, CultureInfo.InvariantCulture) ?? "";
        return value => string.Equals(value, current, StringComparison.OrdinalIgnoreCase);
    }
}
