namespace CpdLog.IntegrationTests.Identity;

using System.Net;
using CpdLog.IntegrationTests.Infrastructure;

public sealed class AuthenticatorQrTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public async Task AuthenticatorQr_AfterOpeningSetUpPage_IsAnSvgOfTheUsersOwnKey()
    {
        var client = await factory.CreateSignedInFormClientAsync("qr-user@example.nhs.uk");
        var setUp = await client.GetPageAsync("/Identity/Account/Manage/EnableAuthenticator");
        Assert.Contains("id=\"qrCode\"", setUp);

        var response = await client.GetAsync("/api/v1/account/authenticator-qr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AuthenticatorQr_Anonymous_Is401()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/account/authenticator-qr");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
