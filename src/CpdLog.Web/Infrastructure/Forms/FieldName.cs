namespace CpdLog.Web.Infrastructure.Forms;

using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using CpdLog.Web.Features.Shared.TagHelpers;

/// <summary>
/// A field's display name as words for error messages: "Tuition fee (£)" is "Tuition fee" at the start of a sentence
/// and "the tuition fee" after "Enter".
/// </summary>
public static partial class FieldName
{
    /// <summary>The name to start a sentence with: "Start date must include a month".</summary>
    public static string Subject(string displayName)
    {
        var words = Clean(displayName);
        return words.Length == 0 ? "This" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The name as an object: "Enter the start date".</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Object is the grammatical object of a sentence (\"Enter the start date\"), beside Subject.")]
    public static string Object(string displayName)
    {
        var words = Clean(displayName);
        if (words.Length == 0)
        {
            return "a value";
        }

        var lower = KeepsCapital(words) ? words : char.ToLowerInvariant(words[0]) + words[1..];
        return lower.StartsWith("your ", StringComparison.Ordinal) || lower.StartsWith("the ", StringComparison.Ordinal) ? lower : "the " + lower;
    }

    /// <summary>The metadata's display name, else its property name in words ("StudyLeaveHours" is "Study leave hours").</summary>
    public static string Of(string? displayName, string? propertyName) =>
        !string.IsNullOrWhiteSpace(displayName) ? displayName : Humanise.Words(LastPart(propertyName ?? ""));

    /// <summary>The last part of a model name: "Input.OptionDates[submittedOn]" is "submittedOn", "Input.From" is "From".</summary>
    private static string LastPart(string name)
    {
        var trimmed = name.EndsWith(']') && name.LastIndexOf('[') is var open and >= 0 ? name[(open + 1)..^1] : name;
        var word = trimmed[(trimmed.LastIndexOf('.') + 1)..];
        return word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static string Clean(string name) => Parenthesis().Replace(name, "").Trim();

    // "NMC PIN", "HCPC number": an acronym keeps its capitals.
    private static bool KeepsCapital(string words) => words.Length > 1 && char.IsUpper(words[1]);

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesis();
}
