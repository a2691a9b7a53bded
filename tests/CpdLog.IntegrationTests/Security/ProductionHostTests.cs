namespace CpdLog.IntegrationTests.Security;

using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

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
