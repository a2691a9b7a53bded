namespace CpdLog.Web.Features.Shared.TagHelpers;

using System.Collections;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;

/// <summary>
/// NHS checkboxes in a fieldset for a list property (several choices, one name):
/// <c>&lt;nhs-checkboxes for="Input.CodeThemes" legend="…" /&gt;</c>. Enum lists get their values by default. The
/// first box's id is the field id, so the error summary link lands on it.
/// </summary>
[HtmlTargetElement("nhs-checkboxes", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsCheckboxesTagHelper : NhsChoicesTagHelper
{
    protected override string Component => "checkboxes";

    protected override string InputType => "checkbox";

    protected override IEnumerable<SelectListItem> DefaultItems() => For.Metadata.ElementMetadata?.UnderlyingOrModelType is { IsEnum: true } type
        ? Enum.GetValues(type).Cast<object>().Where(v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0)
            .Select(v => new SelectListItem(DisplayNames.Of((Enum)v), v.ToString()))
        : [];

    protected override Func<string, bool> Chosen(ModelStateEntry? state)
    {
        HashSet<string> selected = state?.RawValue switch
        {
            string[] values => values.ToHashSet(StringComparer.Ordinal),
            string value => [value],
            _ => (For.Model as IEnumerable)?.Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToHashSet(StringComparer.Ordinal)
                ?? [],
        };
        return selected.Contains;
    }
}
