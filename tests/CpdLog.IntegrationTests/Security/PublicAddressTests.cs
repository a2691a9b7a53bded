namespace CpdLog.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CpdLog.IntegrationTests.Identity;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

/// <summary>Account e-mails from a real SMTP listener, with the public address configured.</summary>
public sealed class ConfiguredAddressAppFactory : CpdLogAppFactory
{
    public const string PublicBase = "https://cpd.example.nhs.uk";

    public SmtpTestServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Mode"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Email:BaseUrl"] = PublicBase,
        ["Funding:RemindersEnabled"] = "false",
    };

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }
}

/// <summary>Links in e-mails are built from Email:BaseUrl, whatever Host header the request carried.</summary>
public sealed partial class PublicAddressTests(ConfiguredAddressAppFactory factory) : IClassFixture<ConfiguredAddressAppFactory>
{
    [Fact]
    public void Page_IsTheRoutedPathOnTheConfiguredAddress()
    {
        var address = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Web.Infrastructure.PublicAddress>(factory.Services);
        var id = Guid.NewGuid();

        Assert.Equal($"{ConfiguredAddressAppFactory.PublicBase}/Funding/Details/{id}", address.Page("/Funding/Details", new { id }));
        Assert.Equal($"{ConfiguredAddressAppFactory.PublicBase}/Dashboard#reg-{id}", address.Page("/Dashboard/Index", fragment: $"reg-{id}"));
        Assert.Equal($"{ConfiguredAddressAppFactory.PublicBase}/Identity/Account/Login", address.Page("/Account/Login", new { area = "Identity" }));
        Assert.Equal($"{ConfiguredAddressAppFactory.PublicBase}/Notifications/Unsubscribe?token=a%2Bb%2Fc", address.Page("/Notifications/Unsubscribe", new { token = "a+b/c" }));
        Assert.Throws<InvalidOperationException>(() => address.Page("/No/Such/Page"));
    }

    [Fact]
    public async Task ForgottenPassword_WithHostEvilExample_MailsALinkToTheConfiguredAddress()
    {
        const string email = "victim@example.nhs.uk";
        (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = CpdLogAppFactory.Password })).EnsureSuccessStatusCode();
        // Reset links go only to confirmed addresses.
        await factory.WithDbAsync(async db =>
        {
            db.Users.Single(u => u.Email == email).EmailConfirmed = true;
            return await db.SaveChangesAsync();
        });

        // Every request of this client names evil.example as its Host, as the attacker's would.
        var attacker = new FormClient(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://evil.example"),
            AllowAutoRedirect = false,
        }));
        var forgot = await attacker.PostFormAsync("/Identity/Account/ForgotPassword", new() { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, forgot.StatusCode);

        var reset = (await factory.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == email) && (m.Subject ?? "").Contains("Reset", StringComparison.Ordinal))).Single();
        var links = LinkPattern().Matches(reset.TextBody ?? "").Select(m => m.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith(ConfiguredAddressAppFactory.PublicBase + "/Identity/Account/ResetPassword?", link));
        Assert.DoesNotContain("evil.example", reset.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RegisterThroughTheApi_WithHostEvilExample_ConfirmationLinkUsesTheConfiguredAddress()
    {
        const string email = "newcomer@example.nhs.uk";
        var attacker = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        (await attacker.PostAsJsonAsync("/api/v1/auth/register", new { email, password = CpdLogAppFactory.Password })).EnsureSuccessStatusCode();

        var confirm = (await factory.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == email) && (m.Subject ?? "").Contains("Confirm", StringComparison.Ordinal))).Single();
        var link = LinkPattern().Match(confirm.TextBody ?? "").Value;
        Assert.StartsWith(ConfiguredAddressAppFactory.PublicBase + "/", link);
        Assert.DoesNotContain("evil.example", confirm.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}

/// <summary>The app in Production, with AllowedHosts set as the README tells operators to.</summary>
public sealed class ProductionAppFactory : CpdLogAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:BaseUrl"] = "https://cpd.example.nhs.uk",
        ["AllowedHosts"] = "cpd.example.nhs.uk",
        ["Funding:RemindersEnabled"] = "false",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class ProductionHostTests(ProductionAppFactory factory) : IClassFixture<ProductionAppFactory>
{
    [Fact]
    public async Task Health_AnswersAProbeWithAnIpHost_WhileOtherPathsRefuseUnknownHosts()
    {
        var probe = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://10.1.2.3") });
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await probe.GetAsync("/Identity/Account/Login")).StatusCode);

        var real = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://cpd.example.nhs.uk") });
        var login = await real.GetAsync("/Identity/Account/Login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(login.Headers.GetValues("Strict-Transport-Security")));
    }
}

/// <summary>The real program, started as an operator would, refuses Production without a sound public address.</summary>
public sealed class ProductionStartupTests
{
    [Theory]
    [InlineData(null, "Email:BaseUrl is not set")]
    [InlineData("http://localhost:5000", "loopback")]
    [InlineData("https://0.0.0.0:8443", "wildcard")]
    [InlineData("http://cpd.example.nhs.uk", "uses http")]
    public async Task Production_WithoutASoundPublicAddress_RefusesToStartWithAClearMessage(string? baseUrl, string reason)
    {
        var (exitCode, error) = await RunAsync(baseUrl is null ? [] : [$"--Email:BaseUrl={baseUrl}"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("CpdLog cannot start", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://cpd.example.nhs.uk", null, true)]
    [InlineData("http://cpd-lab.internal:8080", "true", true)]
    [InlineData("http://cpd-lab.internal:8080", null, false)]
    [InlineData("https://[::1]", null, false)]
    [InlineData("cpd.example.nhs.uk", null, false)]
    public void Problems_InProduction_AcceptOnlyAbsoluteReachableHttpsOrAnAllowedLabAddress(string baseUrl, string? allowHttp, bool sound)
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Email:BaseUrl"] = baseUrl, ["Email:AllowHttpLinks"] = allowHttp })
            .Build();
        var environment = new Moq.Mock<Microsoft.Extensions.Hosting.IHostEnvironment>();
        environment.Setup(e => e.EnvironmentName).Returns("Production");

        Assert.Equal(sound, Web.Infrastructure.PublicAddress.Problems(configuration, environment.Object).Count == 0);
    }

    [Fact]
    public void Rebase_KeepsPathAndQuery_OnTheConfiguredAddress()
    {
        var address = new Web.Infrastructure.PublicAddress(
            Microsoft.Extensions.Options.Options.Create(new Web.Infrastructure.Email.EmailOptions { BaseUrl = "https://cpd.example.nhs.uk/" }),
            Microsoft.Extensions.Options.Options.Create(new Web.Features.Portfolio.PortfolioSettings()),
            new Moq.Mock<Microsoft.AspNetCore.Routing.LinkGenerator>().Object);

        Assert.Equal("https://cpd.example.nhs.uk/Identity/Account/ResetPassword?code=abc&x=1",
            address.Rebase("http://evil.example:8080/Identity/Account/ResetPassword?code=abc&x=1"));
        Assert.Equal("https://cpd.example.nhs.uk", address.Verify);
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(string[] arguments)
    {
        var data = Path.Combine(Path.GetTempPath(), "cpdlog-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CpdLog.Web.dll"));
        start.ArgumentList.Add("--Storage:DataPath=" + data);
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("Email__BaseUrl");
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            Directory.Delete(data, recursive: true);
        }

        return (process.ExitCode, await error);
    }
}
