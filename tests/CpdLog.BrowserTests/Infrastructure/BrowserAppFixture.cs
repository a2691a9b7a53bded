namespace CpdLog.BrowserTests.Infrastructure;

using System.Net;
using System.Net.Sockets;
using CpdLog.Data;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

/// <summary>
/// The real app on Kestrel (a free loopback port, a fresh SQLite file) and a headless Chromium driven by Playwright.
/// Share it with <c>[Collection(BrowserCollection.Name)]</c>; give each test its own <see cref="NewPageAsync"/> so
/// cookies never leak between tests. Chromium must be at <see cref="ChromiumPath"/>: a missing browser fails the
/// run instead of skipping it.
/// </summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string Password = "Browser-Tests-42";

    private readonly List<IBrowserContext> _contexts = [];
    private AppFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "cpdlog-browser", Guid.NewGuid().ToString("N"));

    /// <summary>The app's services, e.g. to arrange data through <see cref="CpdLogDbContext"/>.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The fixture has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}; browser tests cannot run (apt-get install chromium).");
        }

        Directory.CreateDirectory(DataPath);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _app = new AppFactory(DataPath, BaseUrl);
        _app.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        _app.StartServer();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A page in a fresh browser context (its own cookies), opened at <paramref name="path"/> when given.</summary>
    public async Task<IPage> NewPageAsync(string? path = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "en-GB" });
        _contexts.Add(context);
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        if (path is not null)
        {
            await page.GotoAsync(path);
        }

        return page;
    }

    /// <summary>Creates an account through the app's own user manager (so it gets the Manager role) plus any extra roles.</summary>
    public async Task<CpdUser> CreateUserAsync(string email, string displayName, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<CpdUserManager>();
        var user = new CpdUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        return user;
    }

    /// <summary>Runs <paramref name="action"/> against the app's database with its own scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<CpdLogDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CpdLogDbContext>());
    }

    /// <summary>
    /// A new page signed in as <paramref name="email"/> through the Login page; it ends on the user's start page (the
    /// dashboard, or the team page for a line manager and the admin page for an admin).
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string email, string password = Password)
    {
        var page = await NewPageAsync("/Identity/Account/Login");
        await page.FillAsync("[name='Input.Email']", email);
        await page.FillAsync("[name='Input.Password']", password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/(Dashboard|Team|Admin)$"));
        return page;
    }

    /// <summary>The e-mails the app has written to its pickup folder ({DataPath}/mail), parsed.</summary>
    public IReadOnlyList<MimeKit.MimeMessage> Mail()
    {
        var folder = Path.Combine(DataPath, "mail");
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.eml").Order().Select(f => MimeKit.MimeMessage.Load(f))]
            : [];
    }

    /// <summary>Saves a full-page PNG under the data folder (handy when a test fails); returns its path.</summary>
    public async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(DataPath, "screenshots", name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        try
        {
            if (Environment.GetEnvironmentVariable("CPDLOG_KEEP_BROWSER_DATA") is null)
            {
                Directory.Delete(DataPath, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open is not worth failing a run for.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class AppFactory(string dataPath, string baseUrl) : WebApplicationFactory<global::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Storage:DataPath", dataPath);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(dataPath, "cpdlog.db")}");
            builder.UseSetting("Accounts:AllowSelfRegistration", "true");

            // Links in e-mails (written to {DataPath}/mail as .eml files) point at this app, so a test can follow them.
            builder.UseSetting("Email:BaseUrl", baseUrl);
        }
    }
}
