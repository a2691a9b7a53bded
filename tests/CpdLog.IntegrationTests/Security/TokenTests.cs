namespace CpdLog.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.IntegrationTests.Identity;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Authenticator codes, two-factor switch-off, refresh tokens and the end of sessions after a password change.</summary>
public sealed class TokenTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AuthenticatorCode_WorksOnceOnly()
    {
        const string email = "totp-once@example.nhs.uk";
        factory.Now = T0;
        var client = await factory.CreateApiClientAsync(email);
        var key = await EnableTwoFactorAsync(client, T0);

        factory.Now = T0.AddSeconds(30);
        var code = Totp.Code(key, T0.AddSeconds(30));
        var anonymous = factory.CreateClient();
        var first = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = CpdLogAppFactory.Password, twoFactorCode = code });
        var replay = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = CpdLogAppFactory.Password, twoFactorCode = code });
        // The code of the step before the one used (still inside the drift window) is refused too.
        var older = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = CpdLogAppFactory.Password, twoFactorCode = Totp.Code(key, T0) });
        factory.Now = T0.AddSeconds(60);
        var next = await anonymous.PostAsJsonAsync("/api/v1/auth/login",
            new { email, password = CpdLogAppFactory.Password, twoFactorCode = Totp.Code(key, T0.AddSeconds(60)) });
        factory.Now = null;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, older.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task TurningTwoFactorOff_NeedsPasswordOrCurrentCode()
    {
        factory.Now = T0.AddMinutes(10);
        var client = await factory.CreateApiClientAsync("totp-off@example.nhs.uk");
        var key = await EnableTwoFactorAsync(client, T0.AddMinutes(10));

        var bare = await client.PostAsJsonAsync("/api/v1/auth/manage/2fa", new { enable = false });
        var wrong = await client.PostAsJsonAsync("/api/v1/auth/manage/2fa", new { enable = false, password = "Not-The-Password-1" });
        var reset = await client.PostAsJsonAsync("/api/v1/auth/manage/2fa", new { resetSharedKey = true });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reset.StatusCode);
        Assert.True(await TwoFactorEnabledAsync("totp-off@example.nhs.uk"));

        factory.Now = T0.AddMinutes(10).AddSeconds(30);
        var withCode = await client.PostAsJsonAsync("/api/v1/auth/manage/2fa",
            new { enable = false, twoFactorCode = Totp.Code(key, T0.AddMinutes(10).AddSeconds(30)) });
        factory.Now = null;
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        Assert.False(await TwoFactorEnabledAsync("totp-off@example.nhs.uk"));
    }

    [Fact]
    public async Task TurningTwoFactorOff_OnThePage_NeedsPassword()
    {
        const string email = "totp-off-page@example.nhs.uk";
        var page = await factory.CreateSignedInFormClientAsync(email);
        await factory.WithDbAsync(async db =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<CpdUserManager>();
            var user = await users.FindByEmailAsync(email);
            await users.ResetAuthenticatorKeyAsync(user!);
            return await users.SetTwoFactorEnabledAsync(user!, true);
        });

        var bare = await page.PostFormAsync("/Identity/Account/Manage/Disable2fa", new() { ["Input.Password"] = "" });
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.Contains("Enter your password or a current code", await bare.Content.ReadAsStringAsync());
        Assert.True(await TwoFactorEnabledAsync(email));

        var withPassword = await page.PostFormAsync("/Identity/Account/Manage/Disable2fa", new() { ["Input.Password"] = CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, withPassword.StatusCode);
        Assert.False(await TwoFactorEnabledAsync(email));
    }

    [Fact]
    public async Task RefreshToken_Rotates_AndReuseRevokesTheFamily()
    {
        await factory.CreateApiClientAsync("refresh@example.nhs.uk");
        var client = factory.CreateClient();
        var login = await ReadAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "refresh@example.nhs.uk", password = CpdLogAppFactory.Password }));
        Assert.Equal("Bearer", login.GetProperty("tokenType").GetString());
        Assert.True(login.GetProperty("expiresIn").GetInt64() > 0);
        var r1 = login.GetProperty("refreshToken").GetString();

        var second = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = r1 });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var rotated = await ReadAsync(second);
        var r2 = rotated.GetProperty("refreshToken").GetString();
        Assert.NotEqual(r1, r2);
        Assert.Equal(HttpStatusCode.OK, (await GetWithBearerAsync(client, rotated.GetProperty("accessToken").GetString()!)).StatusCode);

        // r1 again: a replay. Both it and the token that replaced it are now dead.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = r1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = r2 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "made-up" })).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.SecurityEvents.AnyAsync(e => e.Kind == Data.Security.SecurityEventKind.RefreshTokenReused)));
    }

    [Fact]
    public async Task PasswordChange_EndsBearerTokensAtOnce_RefreshTokens_AndCookiesWithinAMinute()
    {
        const string email = "changer@example.nhs.uk";
        factory.Now = T0.AddHours(1);
        var api = await factory.CreateApiClientAsync(email);
        var login = await ReadAsync(await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = CpdLogAppFactory.Password }));
        var cookie = await factory.SignInFormClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/registrations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync("/Dashboard")).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<CpdUserManager>();
            var user = await users.FindByEmailAsync(email);
            Assert.True((await users.ChangePasswordAsync(user!, CpdLogAppFactory.Password, "Changed-Password-88")).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/registrations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() })).StatusCode);
        factory.Now = T0.AddHours(1).AddSeconds(61);
        var page = await cookie.GetAsync("/Dashboard");
        factory.Now = null;
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", page.Headers.Location?.AbsolutePath);
        Assert.True(await factory.WithDbAsync(db => db.SecurityEvents.AnyAsync(e => e.Email == email && e.Kind == Data.Security.SecurityEventKind.PasswordChanged)));
    }

    [Theory]
    [InlineData("Password1234")]
    [InlineData("Qwertyuiop123")]
    public async Task CommonPassword_IsRefused(string password)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email = "common-" + password + "@example.nhs.uk", password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("too common", (await ReadAsync(response)).GetProperty("errors").GetProperty("CommonPassword")[0].GetString());
    }

    private static async Task<string> EnableTwoFactorAsync(HttpClient client, DateTimeOffset at)
    {
        var key = (await ReadAsync(await client.PostAsJsonAsync("/api/v1/auth/manage/2fa", new { }))).GetProperty("sharedKey").GetString()!;
        var enable = await client.PostAsJsonAsync("/api/v1/auth/manage/2fa", new { enable = true, twoFactorCode = Totp.Code(key, at) });
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        return key;
    }

    private Task<bool> TwoFactorEnabledAsync(string email) => factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email && u.TwoFactorEnabled));

    private static async Task<HttpResponseMessage> GetWithBearerAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/registrations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
