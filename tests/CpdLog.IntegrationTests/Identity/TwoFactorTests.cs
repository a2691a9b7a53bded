namespace CpdLog.IntegrationTests.Identity;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CpdLog.IntegrationTests.Infrastructure;

public sealed partial class TwoFactorTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public async Task EnableThroughApi_ThenLoginNeedsTheSecondFactor()
    {
        var email = "totp-api@example.nhs.uk";
        // Each authenticator code works once: enable with one 30-second step's code, sign in with the next one's.
        var t0 = DateTimeOffset.UtcNow;
        factory.Now = t0;
        var client = await factory.CreateApiClientAsync(email);
        var key = (await (await client.PostAsJsonAsync("/api/v1/auth/manage/2fa", new { })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("sharedKey").GetString()!;

        var enable = await client.PostAsJsonAsync("/api/v1/auth/manage/2fa", new { enable = true, twoFactorCode = Totp.Code(key, t0) });

        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        Assert.True((await enable.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isTwoFactorEnabled").GetBoolean());

        var anonymous = factory.CreateClient();
        var withoutCode = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.Contains("RequiresTwoFactor", await withoutCode.Content.ReadAsStringAsync());
        factory.Now = t0.AddSeconds(30);
        var withCode = await anonymous.PostAsJsonAsync("/api/v1/auth/login",
            new { email, password = CpdLogAppFactory.Password, twoFactorCode = Totp.Code(key, t0.AddSeconds(30)) });
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);

        var page = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var login = await page.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("/Identity/Account/LoginWith2fa", login.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await page.GetAsync("/Dashboard")).StatusCode);
        factory.Now = null;
    }

    [Fact]
    public async Task EnableThroughPages_UnderNhsLayout_ThenLoginWith2faSignsIn()
    {
        var email = "totp-page@example.nhs.uk";
        var t0 = DateTimeOffset.UtcNow.AddMinutes(5);
        factory.Now = t0;
        var client = await factory.CreateSignedInFormClientAsync(email);

        var twoFactor = await client.GetPageAsync("/Identity/Account/Manage/TwoFactorAuthentication");
        Assert.Contains("nhsuk-frontend.min.css", twoFactor);
        Assert.Contains("data-testid=\"manage-nav\"", twoFactor);
        Assert.DoesNotContain("bootstrap.min.css", twoFactor);

        var enablePage = await client.GetPageAsync("/Identity/Account/Manage/EnableAuthenticator");
        Assert.Contains("nhsuk-frontend.min.css", enablePage);
        var key = SharedKey().Match(enablePage).Groups[1].Value;
        Assert.NotEmpty(key);

        var enabled = await client.PostFormAsync("/Identity/Account/Manage/EnableAuthenticator", new() { ["Input.Code"] = Totp.Code(key, t0) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.True(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .AnyAsync(db.Users, u => u.Email == email && u.TwoFactorEnabled)));

        var browser = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var login = await browser.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = CpdLogAppFactory.Password });
        Assert.StartsWith("/Identity/Account/LoginWith2fa", login.Headers.Location?.OriginalString);
        var secondStep = login.Headers.Location!.OriginalString;
        var secondPage = await browser.GetPageAsync(secondStep);
        Assert.Contains("nhsuk-frontend.min.css", secondPage);

        factory.Now = t0.AddSeconds(30);
        var verified = await browser.PostFormAsync(secondStep, new()
        {
            ["Input.TwoFactorCode"] = Totp.Code(key, t0.AddSeconds(30)),
            ["Input.RememberMachine"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Dashboard")).StatusCode);
        factory.Now = null;
    }

    // The packaged page shows the key in groups of four inside <kbd>.
    [GeneratedRegex("<kbd>([a-z2-7 ]+)</kbd>", RegexOptions.IgnoreCase)]
    private static partial Regex SharedKey();
}
