namespace CpdLog.Web.Infrastructure;

using System.Reflection;

/// <summary>
/// Where the app finds appsettings.json, wwwroot and its views. ASP.NET Core takes the working directory by default,
/// so <c>dotnet /opt/cpdlog/CpdLog.Web.dll</c> started from anywhere else ran without its settings and served pages
/// without CSS. Unless a content root is given (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c> or
/// <c>DOTNET_CONTENTROOT</c>) or the working directory is the app's own folder (<c>dotnet run</c> in the project),
/// the content root is the folder the app's files are in.
/// </summary>
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = Choose(
            args,
            Environment.GetEnvironmentVariable,
            Directory.GetCurrentDirectory(),
            AppContext.BaseDirectory,
            Assembly.GetEntryAssembly() == typeof(ContentRoot).Assembly),
    };

    /// <summary>The content root to use, or null to keep ASP.NET Core's default (the working directory or the one given).</summary>
    /// <param name="isEntryAssembly">False when another program hosts the app (e.g. the test host): it sets its own content root.</param>
    public static string? Choose(
        IReadOnlyList<string> args, Func<string, string?> environment, string workingDirectory, string appDirectory, bool isEntryAssembly)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var given = args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(environment("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(environment("DOTNET_CONTENTROOT"));
        if (!isEntryAssembly || given || File.Exists(Path.Combine(workingDirectory, "appsettings.json")))
        {
            return null;
        }

        return File.Exists(Path.Combine(appDirectory, "appsettings.json")) ? appDirectory : null;
    }
}
