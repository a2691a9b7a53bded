namespace CpdLog.IntegrationTests.Publishing;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using CpdLog.Web.Infrastructure;

/// <summary>
/// The operator's command: <c>dotnet publish</c>, then <c>dotnet /path/CpdLog.Web.dll</c> started from another
/// directory (here the repository root, which has no appsettings.json) finds its settings and serves its CSS.
/// </summary>
public sealed partial class PublishedBuildTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "cpdlog-publish-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task PublishedApp_StartedFromTheRepositoryRoot_ServesPagesWithTheirCss()
    {
        var repo = RepositoryRoot();
        var output = Path.Combine(_work, "app");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

        // --no-build: the test run has just built the web project; publishing only lays out its files (and wwwroot).
        var (code, log) = await RunAsync("dotnet", ["publish", Path.Combine(repo, "src", "CpdLog.Web", "CpdLog.Web.csproj"), "--no-build", "-c", configuration, "-o", output, "-nologo", "-v", "q"], repo, TimeSpan.FromMinutes(5));
        Assert.True(code == 0, "dotnet publish failed:\n" + log);
        Assert.False(File.Exists(Path.Combine(repo, "appsettings.json")), "the repository root must not hold the app's settings for this test to mean anything");

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repo, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(output, "CpdLog.Web.dll"), "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Staging";
        start.Environment["Storage__DataPath"] = Path.Combine(_work, "data");
        start.Environment.Remove("ASPNETCORE_CONTENTROOT");
        start.Environment.Remove("DOTNET_CONTENTROOT");
        start.Environment.Remove("ASPNETCORE_URLS");
        using var app = Process.Start(start)!;
        var appLog = new StringBuilder();
        app.OutputDataReceived += (_, e) => { lock (appLog) { appLog.AppendLine(e.Data); } };
        app.ErrorDataReceived += (_, e) => { lock (appLog) { appLog.AppendLine(e.Data); } };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilUpAsync(http, app, appLog);

            var login = await http.GetAsync("/Identity/Account/Login");
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            var html = await login.Content.ReadAsStringAsync();
            // asp-append-version adds ?v= only when it finds the file under the content root's wwwroot.
            var css = StylesheetPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.Contains(css, href => href.StartsWith("/lib/nhsuk/nhsuk-frontend.min.css?v=", StringComparison.Ordinal));
            foreach (var href in css)
            {
                var sheet = await http.GetAsync(href);
                Assert.True(sheet.StatusCode == HttpStatusCode.OK, $"{href}: {(int)sheet.StatusCode}");
                Assert.Equal("text/css", sheet.Content.Headers.ContentType?.MediaType);
            }
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    [Fact]
    public void ContentRoot_IsTheAppFolder_OnlyWhenNothingElseSaysWhere()
    {
        var app = Path.Combine(_work, "app");
        var elsewhere = Path.Combine(_work, "elsewhere");
        Directory.CreateDirectory(app);
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(app, "appsettings.json"), "{}");
        string? None(string _) => null;

        Assert.Equal(app, ContentRoot.Choose([], None, elsewhere, app, isEntryAssembly: true));
        Assert.Null(ContentRoot.Choose([], None, app, app, isEntryAssembly: true));
        Assert.Null(ContentRoot.Choose(["--contentRoot", elsewhere], None, elsewhere, app, isEntryAssembly: true));
        Assert.Null(ContentRoot.Choose([], v => v == "ASPNETCORE_CONTENTROOT" ? elsewhere : null, elsewhere, app, isEntryAssembly: true));
        Assert.Null(ContentRoot.Choose([], None, elsewhere, app, isEntryAssembly: false));
        Assert.Null(ContentRoot.Choose([], None, elsewhere, elsewhere, isEntryAssembly: true));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
        }
    }

    private static async Task WaitUntilUpAsync(HttpClient http, Process app, StringBuilder log)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (app.HasExited)
            {
                Assert.Fail("the app exited:\n" + Read(log));
            }

            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        Assert.Fail("the app did not answer /health:\n" + Read(log));
    }

    /// <summary>The app's output so far; the output handlers append from other threads under the same lock.</summary>
    private static string Read(StringBuilder log)
    {
        lock (log)
        {
            return log.ToString();
        }
    }

    private static async Task<(int Code, string Log)> RunAsync(string file, string[] args, string directory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CpdLog.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CpdLog.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetPattern();
}
