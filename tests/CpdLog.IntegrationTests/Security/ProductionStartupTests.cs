namespace CpdLog.IntegrationTests.Security;

using Microsoft.Extensions.Configuration;

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
