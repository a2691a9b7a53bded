namespace CpdLog.Web.Features.Shared.TagHelpers;

using System.Globalization;
using System.Text.Encodings.Web;
using CpdLog.Core.Display;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

/// <summary>
/// Base for the NHS design-system form fields: label, hint, error message and the <c>--error</c> modifiers, so every
/// page renders validation the way NHS services do.
/// </summary>
public abstract class NhsFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    public string? Label { get; set; }

    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    protected string Name => For.Name;

    protected string Id => TagBuilder.CreateSanitizedId(For.Name, "_");

    protected string? Error =>
        ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    /// <summary>The value to show: what the user posted (so nothing typed is lost), else the model's value.</summary>
    protected string Value
    {
        get
        {
            if (ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry) && entry.AttemptedValue is not null)
            {
                return entry.AttemptedValue;
            }

            return For.Model switch
            {
                null => "",
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                decimal m => m.ToString("0.##", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var o => o.ToString() ?? "",
            };
        }
    }

    protected static string Encode(string s) => HtmlEncoder.Default.Encode(s);

    protected void WriteGroup(TagHelperOutput output, string control)
    {
        var error = Error;
        var describedBy = new List<string>();
        var html = new System.Text.StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<label class=\"nhsuk-label\" for=\"{Id}\">{Encode(Label ?? For.Metadata.GetDisplayName())}</label>");
        if (!string.IsNullOrEmpty(Hint))
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"nhsuk-hint\" id=\"{Id}-hint\">{Encode(Hint)}</div>");
            describedBy.Add(Id + "-hint");
        }

        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"nhsuk-error-message\" id=\"{Id}-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> {Encode(error)}</span>");
            describedBy.Add(Id + "-error");
        }

        var aria = describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "";
        html.Append(control.Replace("{aria}", aria, StringComparison.Ordinal));
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "nhsuk-form-group" : "nhsuk-form-group nhsuk-form-group--error");
        output.Content.SetHtmlContent(new HtmlString(html.ToString()));
    }
}

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

/// <summary>A single NHS checkbox bound to a bool: <c>&lt;nhs-checkbox for="Input.IsPrivate" label="…" /&gt;</c></summary>
[HtmlTargetElement("nhs-checkbox", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsCheckboxTagHelper : NhsFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var posted = ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry) ? entry.AttemptedValue : null;
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

/// <summary>Enum and identifier names as words: "CourseAttendance" → "Course attendance".</summary>
public static class Humanise
{
    /// <summary>Words from an identifier that is not a domain enum (roles, audit kinds): see <see cref="DisplayNames.Words"/>.</summary>
    public static string Words(string name) => DisplayNames.Words(name);

    /// <summary>A name as it reads inside a sentence: "CPD activity" stays, "Reflective account" is "reflective account".</summary>
    public static string InSentence(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    /// <summary>The display name of an enum value (<see cref="DisplayNames"/>).</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => DisplayNames.Of(value);
}
