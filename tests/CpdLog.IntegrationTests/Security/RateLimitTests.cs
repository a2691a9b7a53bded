namespace CpdLog.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Json;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Sign-in attempts are limited per account (from any address) and per client address (for any account), with the
/// Production values: the test app reads the same configuration, and the test checks it did.
/// </summary>
public sealed class RateLimitTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public void Limits_AreTheProductionDefaults()
    {
        var inForce = factory.Services.GetRequiredService<AuthRateLimitOptions>();
        var production = new AuthRateLimitOptions();

        Assert.Equal((production.PerAccountPermitLimit, production.PerAccountWindowSeconds, production.PerAddressPermitLimit, production.PerAddressWindowSeconds),
            (inForce.PerAccountPermitLimit, inForce.PerAccountWindowSeconds, inForce.PerAddressPermitLimit, inForce.PerAddressWindowSeconds));
    }

    [Fact]
    public async Task SignIn_OneAccountFromManyAddresses_IsLimitedPerAccount()
    {
        var limit = factory.Services.GetRequiredService<AuthRateLimitOptions>().PerAccountPermitLimit;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= limit; i++)
        {
            // A fresh client is a fresh address.
            var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "target@example.nhs.uk", password = "Guess-" + i + "-Password" });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(limit), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        // Another account is unaffected.
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "bystander@example.nhs.uk", password = "Guess-Password-1" })).StatusCode);
    }

    [Fact]
    public async Task SignInPage_OneAddressManyAccounts_IsLimitedPerAddress()
    {
        var limit = factory.Services.GetRequiredService<AuthRateLimitOptions>().PerAddressPermitLimit;
        var client = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= limit; i++)
        {
            var response = await client.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = $"spray{i}@example.nhs.uk", ["Input.Password"] = "Guess-Password-1" });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(limit), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.True(int.Parse((await client.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = "x@example.nhs.uk" }))
            .Headers.RetryAfter?.ToString() ?? "0", System.Globalization.CultureInfo.InvariantCulture) > 0);

        // Reading the page is not an attempt; other addresses still get through.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Identity/Account/Login")).StatusCode);
        var other = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        Assert.Equal(HttpStatusCode.OK, (await other.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = "spray0@example.nhs.uk", ["Input.Password"] = "x" })).StatusCode);
    }

    [Theory]
    [InlineData("/Identity/Account/ForgotPassword")]
    [InlineData("/Identity/Account/Register")]
    public async Task OtherAccountForms_AreLimitedPerAccount(string page)
    {
        var limit = factory.Services.GetRequiredService<AuthRateLimitOptions>().PerAccountPermitLimit;
        HttpStatusCode last = default;
        for (var i = 0; i <= limit; i++)
        {
            var client = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
            last = (await client.PostFormAsync(page, new() { ["Input.Email"] = "limited-" + page.Length + "@example.nhs.uk", ["Input.Password"] = "x" })).StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }
}
