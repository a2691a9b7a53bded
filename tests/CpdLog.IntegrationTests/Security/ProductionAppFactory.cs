namespace CpdLog.IntegrationTests.Security;

using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

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
