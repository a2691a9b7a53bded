namespace CpdLog.Web.Infrastructure.Archives;

/// <summary>Which entry names an archive reader accepts: relative, forward slashes only, no step outside the archive.</summary>
public static class ArchivePaths
{
    public const int MaxLength = 400;

    /// <summary>
    /// True for a name such as <c>evidence/3f2a/certificate.pdf</c>; false for an absolute path, a drive letter, a
    /// backslash, an empty, <c>.</c> or <c>..</c> segment, a control character or an over-long name.
    /// </summary>
    public static bool IsSafe(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || name[0] == '/' || name.Contains('\\', StringComparison.Ordinal)
            || name.Contains(':', StringComparison.Ordinal) || name.Any(char.IsControl))
        {
            return false;
        }

        return name.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");
    }
}
