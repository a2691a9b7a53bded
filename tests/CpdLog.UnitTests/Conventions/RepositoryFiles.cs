namespace CpdLog.UnitTests.Conventions;

/// <summary>The repository's source files, found from the test's output folder, for the convention guard tests.</summary>
public static class RepositoryFiles
{
    /// <summary>The folder holding <c>CpdLog.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Files under <paramref name="folder"/> (relative to the root) ending in one of <paramref name="extensions"/>, without build output.</summary>
    public static IReadOnlyList<string> Under(string folder, params string[] extensions) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*", SearchOption.AllDirectories)
            .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.Ordinal)))
            .Where(f => !IsBuildOutput(Relative(f)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The path from the root, with forward slashes.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static bool IsBuildOutput(string relative) =>
        relative.Split('/').Any(part => part is "bin" or "obj" or "node_modules");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CpdLog.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CpdLog.sln not found above " + AppContext.BaseDirectory);
    }
}
