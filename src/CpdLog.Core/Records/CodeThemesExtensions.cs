namespace CpdLog.Core.Records;

/// <summary>Moves between the stored <see cref="CodeThemes"/> flags and a list (one checkbox or JSON item per theme).</summary>
public static class CodeThemesExtensions
{
    public const CodeThemes All = CodeThemes.PrioritisePeople | CodeThemes.PractiseEffectively
        | CodeThemes.PreserveSafety | CodeThemes.PromoteProfessionalismAndTrust;

    public static readonly IReadOnlyList<CodeThemes> Each =
        [CodeThemes.PrioritisePeople, CodeThemes.PractiseEffectively, CodeThemes.PreserveSafety, CodeThemes.PromoteProfessionalismAndTrust];

    public static List<CodeThemes> ToList(this CodeThemes themes) => [.. Each.Where(t => themes.HasFlag(t))];

    public static CodeThemes Combine(IEnumerable<CodeThemes>? themes)
        => themes?.Aggregate(CodeThemes.None, (all, t) => all | t) ?? CodeThemes.None;

    /// <summary>Only the four defined themes; anything else (e.g. an integer sent to the API) is invalid.</summary>
    public static bool IsValid(this CodeThemes themes) => (themes & ~All) == 0;

    /// <summary>"Prioritise people, Preserve safety".</summary>
    public static string Describe(this CodeThemes themes) => string.Join(", ", themes.ToList().Select(t => DisplayNames.Of(t)));
}
