namespace CpdLog.Tests.Shared;

using System.Runtime.CompilerServices;

/// <summary>
/// Test hosts never watch files. Every app host a test starts would otherwise put an inotify watcher on the content
/// and web roots (configuration reload, <c>asp-append-version</c>); the host's disposal leaves the web root's one
/// behind, and with dozens of hosts in one test process those left-behind watchers spun in
/// <c>FileSystemWatcher.TryReadEvent</c> and took most of both cores (the SQLite integration run went from 4 to more
/// than 25 minutes). Polling with no reload costs nothing here: nothing edits the app's files while tests run.
/// </summary>
internal static class NoFileWatchers
{
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}
