namespace CpdLog.IntegrationTests.Sso;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.Data;
using CpdLog.IntegrationTests.Identity;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Closed sign-up: an unknown organisation account is refused; passwords work for the break-glass Admin only, with 2FA.</summary>
public sealed class ClosedSignUpSsoTests(ClosedSsoFixture sso) : IClassFixture<ClosedSsoFixture>
{
    [Fact]
    public async Task WithSelfRegistrationOff_AFirstSignIn_CannotCreateAnAccount()
    {
        var kim = new TestPerson("kim", TestIdentityProvider.TenantA, Guid.NewGuid().ToString(), "kim@trust.nhs.uk", "Kim Example");
        sso.Provider.Add(kim);
        var client = sso.NewClient();

        var (page, url) = await client.SignInAsync(kim.UserName);

        Assert.True(url.AbsolutePath == "/Identity/Account/LinkOrganisationAccount", string.Join("\n", await sso.App.WithDbAsync(db => db.SecurityEvents.Select(e => e.Detail).ToListAsync())));
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Create a new account", html);
        Assert.Contains(kim.ObjectId, html);
        var create = await client.Form.PostFormAsync("/Identity/Account/LinkOrganisationAccount?handler=Create", []);
        Assert.Equal(HttpStatusCode.OK, create.StatusCode);
        Assert.Contains("Ask an administrator", await create.Content.ReadAsStringAsync());
        Assert.False(await sso.App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == kim.Email)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.App.GetAsync("/Dashboard")).StatusCode);
    }

    [Fact]
    public async Task PasswordsAreOff_ExceptForTheBreakGlassAdmin_WhoNeedsTwoFactor()
    {
        var app = sso.App;
        await CreateAsync(app, "local@trust.nhs.uk");
        await CreateAsync(app, "root@trust.nhs.uk", Roles.Admin);
        var anonymous = app.CreateClient();

        var local = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "local@trust.nhs.uk", password = CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, local.StatusCode);
        var rootWithout2fa = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "root@trust.nhs.uk", password = CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, rootWithout2fa.StatusCode);
        Assert.DoesNotContain("RequiresTwoFactor", await rootWithout2fa.Content.ReadAsStringAsync());

        // Set up two-factor for the break-glass Admin (as their own user manager would), then the password step passes and asks for the code.
        var t0 = DateTimeOffset.UtcNow;
        string key;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Web.Infrastructure.CpdUserManager>();
            var root = (await users.FindByEmailAsync("root@trust.nhs.uk"))!;
            await users.ResetAuthenticatorKeyAsync(root);
            key = (await users.GetAuthenticatorKeyAsync(root))!;
            await users.SetTwoFactorEnabledAsync(root, true);
        }

        var rootPassword = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "root@trust.nhs.uk", password = CpdLogAppFactory.Password });
        Assert.Contains("RequiresTwoFactor", await rootPassword.Content.ReadAsStringAsync());
        var rootWithCode = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "root@trust.nhs.uk", password = CpdLogAppFactory.Password, twoFactorCode = Totp.Code(key, t0) });
        Assert.Equal(HttpStatusCode.OK, rootWithCode.StatusCode);
        Assert.True((await rootWithCode.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("accessToken", out _));

        // The sign-in page says passwords are for administrators, after the organisation button.
        var login = await anonymous.GetStringAsync("/Identity/Account/Login");
        Assert.Contains("Administrator sign-in with a password", login);
    }

    private static async Task CreateAsync(CpdLogAppFactory app, string email, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Web.Infrastructure.CpdUserManager>();
        var user = new CpdUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, CpdLogAppFactory.Password)).Succeeded);
        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }
    }
}
