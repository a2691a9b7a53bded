namespace CpdLog.BrowserTests.Sso;

using System.Net;
using CpdLog.BrowserTests.Infrastructure;
using CpdLog.Tests.Shared;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

/// <summary>
/// Chromium signs in with the organisation account through the real provider's pages (OpenIddict on Kestrel), and
/// axe-core checks the sign-in page and the linking page: any violation fails the test.
/// </summary>
public sealed class OrganisationSignInJourneyTests : IAsyncLifetime
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "cpdlog-browser-sso", Guid.NewGuid().ToString("N"));
    private TestIdentityProvider _provider = default!;
    private AppFactory _app = default!;
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataPath);
        _provider = await TestIdentityProvider.StartAsync();
        var port = TestIdentityProvider.FreePort();
        _baseUrl = $"http://127.0.0.1:{port}";
        _provider.AllowClient(_baseUrl, "test");
        _app = new AppFactory(_dataPath, _provider.Settings("test", TestIdentityProvider.TenantA));
        _app.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        _app.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserAppFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [Fact]
    public async Task SignInWithTheOrganisationAccount_ThroughTheProvidersPages_PassesAxe()
    {
        var person = new TestPerson("nina", TestIdentityProvider.TenantA, Guid.NewGuid().ToString(), "nina@trust.nhs.uk", "Nina Example");
        _provider.Add(person);
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _baseUrl, Locale = "en-GB" });
        // The first round trip starts the provider and the OpenID Connect handler cold: on the shared 2-core machine
        // under load it took more than 20 s once. A wait this long is still a failure.
        context.SetDefaultTimeout(45_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/Identity/Account/Login");
        await AssertNoViolationsAsync(page, "sign-in page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with your organisation account (Test NHS organisation)" }).ClickAsync();

        // The provider's own sign-in page.
        await page.WaitForURLAsync(_provider.Authority + "/login**");
        await page.GetByLabel("User name").FillAsync(person.UserName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in to the organisation" }).ClickAsync();

        await page.WaitForURLAsync("**/Identity/Account/LinkOrganisationAccount**");
        await AssertNoViolationsAsync(page, "linking page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create a new account" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");
        Assert.Contains("nina@trust.nhs.uk", await page.ContentAsync());
        await context.DisposeAsync();
    }

    private static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0,
            $"axe found violations on the {what}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length})")));
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
        await _provider.DisposeAsync();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is not worth failing a run for.
        }
    }

    private sealed class AppFactory(string dataPath, Dictionary<string, string?> settings) : WebApplicationFactory<global::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Storage:DataPath", dataPath);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(dataPath, "cpdlog.db")}");
            builder.UseSetting("Accounts:AllowSelfRegistration", "true");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
