namespace CpdLog.Web.Features.Shared.TagHelpers;

using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

/// <summary>
/// Base for every NHS form tag helper: the bound property (<c>for</c>), its hint, and what the request's model state
/// says about it (the posted value and the first error).
/// </summary>
public abstract class NhsFormTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    protected string Name => For.Name;

    protected string Id => TagBuilder.CreateSanitizedId(For.Name, "_");

    /// <summary>The model state of the field: what was posted and its errors; null before a post.</summary>
    protected ModelStateEntry? State => ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry) ? entry : null;

    protected string? Error => State is { Errors.Count: > 0 } state ? state.Errors[0].ErrorMessage : null;

    protected static string Encode(string s) => HtmlEncoder.Default.Encode(s);
}
