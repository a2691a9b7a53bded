namespace CpdLog.Web.Features.Shared.TagHelpers;

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
