namespace CpdLog.IntegrationTests.Sso;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CpdLog.Data;
using CpdLog.Data.Security;
using CpdLog.IntegrationTests.Identity;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using A = CpdLog.Tests.Shared.TestIdentityProvider;

/// <summary>
/// Organisation sign-in end to end: CpdLog against a real OpenID Connect provider (OpenIddict on Kestrel, real
/// signed id tokens, code flow with PKCE). Each test uses its own people, so the tests share one app and provider.
/// </summary>
public sealed partial class OrganisationSignInTests(SsoFixture sso) : IClassFixture<SsoFixture>
{
    private SsoAppFactory App => sso.App;

    private static TestPerson Person(string name, string tenant = A.TenantA, string? email = null, string[]? roles = null, string? manager = null, string? costCentre = null) =>
        new(name, tenant, Guid.NewGuid().ToString(), email ?? $"{name}@trust.nhs.uk", $"{name} Example", roles, manager, costCentre);

    /// <summary>A person signs in for the first time and creates their account (self-registration is on).</summary>
    private async Task<SsoClient> CreateThroughSignInAsync(TestPerson person)
    {
        sso.Provider.Add(person);
        var client = sso.NewClient();
        var (_, url) = await client.SignInAsync(person.UserName);
        Assert.Equal("/Identity/Account/LinkOrganisationAccount", url.AbsolutePath);
        var created = await client.Form.SubmitFormAsync("/Identity/Account/LinkOrganisationAccount", formSelector: "form[data-testid=create-form]");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/", created.Headers.Location!.OriginalString);
        return client;
    }

    private static async Task<bool> SignedInAsync(SsoClient client) => (await client.App.GetAsync("/Dashboard")).StatusCode == HttpStatusCode.OK;

    [Fact]
    public async Task FirstSignIn_CreatesAnAccountBoundToIssuerTenantAndObjectId_WithNoPassword()
    {
        var alice = Person("alice");
        var client = await CreateThroughSignInAsync(alice);

        Assert.True(await SignedInAsync(client));
        var (user, link) = await App.WithDbAsync(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.Email == alice.Email);
            return (u, await db.ExternalLogins.SingleAsync(l => l.UserId == u.Id));
        });
        Assert.Null(user.PasswordHash);
        Assert.Equal("alice Example", user.DisplayName);
        Assert.Equal(sso.Provider.Authority + "/", link.Issuer);
        Assert.Equal(A.TenantA, link.TenantId);
        Assert.Equal(alice.ObjectId, link.ObjectId);
        Assert.Equal("new account", link.LinkedBy);

        // The next sign-in goes straight in, to the page asked for.
        var again = sso.NewClient();
        var (response, url) = await again.SignInAsync(alice.UserName, "/Records");
        Assert.Equal("/Records", url.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await App.WithDbAsync(db => db.ExternalLogins.CountAsync(l => l.ObjectId == alice.ObjectId)));
    }

    [Fact]
    public async Task SameEmailAsALocalAccount_IsNotLinked_UntilThePasswordProvesIt()
    {
        await App.CreateApiClientAsync("bob@trust.nhs.uk");
        var bob = Person("bob");
        sso.Provider.Add(bob);
        var client = sso.NewClient();

        var (page, url) = await client.SignInAsync(bob.UserName);

        Assert.Equal("/Identity/Account/LinkOrganisationAccount", url.AbsolutePath);
        Assert.Contains("bob@trust.nhs.uk", await page.Content.ReadAsStringAsync());
        Assert.False(await SignedInAsync(client));
        Assert.Equal(0, await App.WithDbAsync(db => db.ExternalLogins.CountAsync(l => l.ObjectId == bob.ObjectId)));

        var wrong = await client.Form.SubmitFormAsync("/Identity/Account/LinkOrganisationAccount", new()
        {
            ["Input.Email"] = "bob@trust.nhs.uk",
            ["Input.Password"] = "Not-The-Password-1",
        }, formSelector: "form[data-testid=link-form]");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("nhsuk-error-summary", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(0, await App.WithDbAsync(db => db.ExternalLogins.CountAsync(l => l.ObjectId == bob.ObjectId)));

        var proved = await client.Form.SubmitFormAsync("/Identity/Account/LinkOrganisationAccount", new()
        {
            ["Input.Email"] = "bob@trust.nhs.uk",
            ["Input.Password"] = CpdLogAppFactory.Password,
        }, formSelector: "form[data-testid=link-form]");
        Assert.Equal(HttpStatusCode.Redirect, proved.StatusCode);
        Assert.True(await SignedInAsync(client));
        var bobId = await App.UserIdAsync("bob@trust.nhs.uk");
        var link = await App.WithDbAsync(db => db.ExternalLogins.SingleAsync(l => l.ObjectId == bob.ObjectId));
        Assert.Equal(bobId, link.UserId);
        Assert.Equal("proved local account", link.LinkedBy);

        // Passwords are now off for Bob (he signs in with his organisation account): the API refuses his password.
        var login = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "bob@trust.nhs.uk", password = CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.True(await App.WithDbAsync(db => db.SecurityEvents.AnyAsync(e => e.UserId == bobId && e.Kind == SecurityEventKind.SignInFailed && e.Detail!.Contains("Password sign-in is off"))));
    }

    [Fact]
    public async Task LinkingAnAccountWithTwoFactor_NeedsTheCodeToo()
    {
        var email = "carol@trust.nhs.uk";
        var t0 = DateTimeOffset.UtcNow;
        var api = await App.CreateApiClientAsync(email);
        var key = (await (await api.PostAsJsonAsync("/api/v1/auth/manage/2fa", new { })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sharedKey").GetString()!;
        App.Now = t0;
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/v1/auth/manage/2fa", new { enable = true, twoFactorCode = Totp.Code(key, t0) })).StatusCode);
            var carol = Person("carol");
            sso.Provider.Add(carol);
            App.Now = null;
            var client = sso.NewClient();
            await client.SignInAsync(carol.UserName);

            var passwordOnly = await client.Form.SubmitFormAsync("/Identity/Account/LinkOrganisationAccount", new()
            {
                ["Input.Email"] = email,
                ["Input.Password"] = CpdLogAppFactory.Password,
            }, formSelector: "form[data-testid=link-form]");
            Assert.Equal(HttpStatusCode.OK, passwordOnly.StatusCode);
            Assert.False(await SignedInAsync(client));

            App.Now = t0.AddSeconds(30);
            var withCode = await client.Form.SubmitFormAsync("/Identity/Account/LinkOrganisationAccount", new()
            {
                ["Input.Email"] = email,
                ["Input.Password"] = CpdLogAppFactory.Password,
                ["Input.Code"] = Totp.Code(key, t0.AddSeconds(30)),
            }, formSelector: "form[data-testid=link-form]");
            Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
            Assert.True(await SignedInAsync(client));
            Assert.Equal(await App.UserIdAsync(email), await App.WithDbAsync(db => db.ExternalLogins.Where(l => l.ObjectId == carol.ObjectId).Select(l => l.UserId).SingleAsync()));
        }
        finally
        {
            App.Now = null;
        }
    }

    [Fact]
    public async Task AnotherTenant_IsRefused_AndAudited()
    {
        var mallory = Person("mallory", A.TenantB);
        sso.Provider.Add(mallory);
        var client = sso.NewClient();

        var (page, url) = await client.SignInAsync(mallory.UserName);

        Assert.Equal("/Identity/Account/Login", url.AbsolutePath);
        Assert.Contains("organisationError=tenant", url.Query);
        Assert.Contains("from an organisation this service does not accept", await page.Content.ReadAsStringAsync());
        Assert.False(await SignedInAsync(client));
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == mallory.Email)));
        Assert.True(await App.WithDbAsync(db => db.SecurityEvents.AnyAsync(e => e.Kind == SecurityEventKind.ExternalSignInRefused && e.Detail!.Contains(mallory.ObjectId) && e.Detail.Contains("tenant"))));
    }

    [Fact]
    public async Task AnEmailDomainNotAllowed_IsRefused()
    {
        var gmail = Person("gina", email: "gina@gmail.com");
        sso.Provider.Add(gmail);
        var client = sso.NewClient();

        var (page, url) = await client.SignInAsync(gmail.UserName);

        Assert.Equal("/Identity/Account/Login", url.AbsolutePath);
        Assert.Contains("organisationError=domain", url.Query);
        Assert.Contains("email address is not one this service accepts", await page.Content.ReadAsStringAsync());
        Assert.False(await SignedInAsync(client));
        Assert.True(await App.WithDbAsync(db => db.SecurityEvents.AnyAsync(e => e.Kind == SecurityEventKind.ExternalSignInRefused && e.Email == "gina@gmail.com")));
    }

    [Fact]
    public async Task AChangedEmailClaim_DoesNotMoveThePersonToTheAccountWithThatEmail()
    {
        await App.CreateApiClientAsync("erin@trust.nhs.uk");
        var dave = Person("dave");
        await CreateThroughSignInAsync(dave);
        var daveId = await App.UserIdAsync(dave.Email);

        // The tenant's administrator (or an attacker with that power) sets Dave's e-mail claim to Erin's address.
        sso.Provider.Add(dave with { Email = "erin@trust.nhs.uk" });
        var client = sso.NewClient();
        var (_, url) = await client.SignInAsync(dave.UserName);

        Assert.Equal("/Dashboard", url.AbsolutePath);
        var manage = await client.App.GetStringAsync("/Identity/Account/Manage");
        Assert.Contains(dave.Email, manage);
        Assert.DoesNotContain("erin@trust.nhs.uk", manage);
        var erinId = await App.UserIdAsync("erin@trust.nhs.uk");
        Assert.False(await App.WithDbAsync(db => db.ExternalLogins.AnyAsync(l => l.UserId == erinId)));
        var link = await App.WithDbAsync(db => db.ExternalLogins.SingleAsync(l => l.ObjectId == dave.ObjectId));
        Assert.Equal(daveId, link.UserId);
        Assert.Equal("erin@trust.nhs.uk", link.LastEmailClaim);
    }

    [Fact]
    public async Task ADisabledAccount_IsRefused_EvenWithAValidOrganisationSignIn()
    {
        var frank = Person("frank");
        await CreateThroughSignInAsync(frank);
        var frankId = await App.UserIdAsync(frank.Email);
        await App.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == frankId);
            user.IsDisabled = true;
            return await db.SaveChangesAsync();
        });

        var client = sso.NewClient();
        var (page, url) = await client.SignInAsync(frank.UserName);

        Assert.Equal("/Identity/Account/Login", url.AbsolutePath);
        Assert.Contains("organisationError=refused", url.Query);
        Assert.Contains("Your account cannot sign in", await page.Content.ReadAsStringAsync());
        Assert.False(await SignedInAsync(client));
        Assert.True(await App.WithDbAsync(db => db.SecurityEvents.AnyAsync(e => e.UserId == frankId && e.Kind == SecurityEventKind.ExternalSignInRefused)));
    }

    [Fact]
    public async Task RolesLineManagerAndCostCentre_FromClaims_AreAppliedAndAudited()
    {
        var manager = Person("mona", roles: ["CpdLog.LineManager"]);
        await CreateThroughSignInAsync(manager);
        var monaId = await App.UserIdAsync(manager.Email);
        var grace = Person("grace", manager: manager.ObjectId, costCentre: "FIN-100");
        await CreateThroughSignInAsync(grace);
        var graceId = await App.UserIdAsync(grace.Email);
        const string Actor = "organisation sign-in (test)";

        Assert.True(await App.WithDbAsync(db => IsLineManagerAsync(db, monaId)));
        var user = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == graceId));
        Assert.Equal(monaId, user.LineManagerId);
        Assert.Equal("FIN-100", user.CostCentre);
        var audit = await App.WithDbAsync(db => db.AdminAudit.Where(a => a.ActorId == Actor && (a.Subject == monaId || a.Subject == graceId)).ToListAsync());
        Assert.Contains(audit, a => a.Subject == monaId && a.Kind == "RolesChanged" && a.Before == "Manager" && a.After == "Manager, LineManager");
        Assert.Contains(audit, a => a.Subject == graceId && a.Kind == "LineManagerChanged" && a.After == manager.Email);
        Assert.Contains(audit, a => a.Subject == graceId && a.Kind == "CostCentreChanged" && a.Before == "none" && a.After == "FIN-100");

        // The claim goes away: so does the role, and that is audited too.
        sso.Provider.Add(manager with { Roles = [] });
        await sso.NewClient().SignInAsync(manager.UserName);
        Assert.False(await App.WithDbAsync(db => IsLineManagerAsync(db, monaId)));
        Assert.True(await App.WithDbAsync(db => db.AdminAudit.AnyAsync(a => a.ActorId == Actor && a.Subject == monaId && a.Kind == "RolesChanged" && a.Before == "Manager, LineManager" && a.After == "Manager")));

        // An Admin sees the changes in the admin audit.
        var admin = await App.CreateSignedInFormClientAsync("audit-admin@trust.nhs.uk", Roles.Admin);
        var page = await admin.GetPageAsync("/Admin/Audit");
        Assert.Contains(Actor, page);
        Assert.Contains(manager.Email, page);
    }

    private static Task<bool> IsLineManagerAsync(CpdLogDbContext db, string userId) =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId && r.Name == Roles.LineManager select ur).AnyAsync();

    [Fact]
    public async Task SigningOut_EndsTheSession_AndOffersTheProvidersSignOut()
    {
        var olive = Person("olive");
        var client = await CreateThroughSignInAsync(olive);
        Assert.True(await SignedInAsync(client));

        var signOut = await client.Form.PostFormAsync("/Identity/Account/Logout?returnUrl=%2F", [], pageUrl: "/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.False(await SignedInAsync(client));
        var offer = await client.App.GetStringAsync(signOut.Headers.Location!.OriginalString);
        Assert.Contains("Sign out of your organisation account too", offer);

        var hints = sso.Provider.EndSessionHints.Count;
        var (done, url) = await client.FollowAsync(new Uri("http://localhost/Identity/Account/Logout?handler=Organisation"));
        Assert.Contains(client.Visited, u => u.AbsolutePath == "/connect/logout");
        Assert.Equal("/Identity/Account/Logout", url.AbsolutePath);
        Assert.Contains("organisation=done", url.Query);
        Assert.Contains("You have signed out of CpdLog and of your organisation account", await done.Content.ReadAsStringAsync());
        Assert.Equal(hints + 1, sso.Provider.EndSessionHints.Count);
        Assert.False(string.IsNullOrEmpty(sso.Provider.EndSessionHints.Last()));

        // The provider's session ended too: signing in again asks for the organisation sign-in.
        var (_, again) = await client.FollowAsync(new Uri($"http://localhost/Identity/Account/OrganisationSignIn?provider={SsoFixture.Key}"));
        Assert.Equal("/login", again.AbsolutePath);
    }

    [Fact]
    public async Task APersonalAccessToken_WorksOnTheApi_UntilRevoked()
    {
        var hank = Person("hank");
        var client = await CreateThroughSignInAsync(hank);
        var hankId = await App.UserIdAsync(hank.Email);

        var created = await client.Form.SubmitFormAsync("/Identity/Account/Manage/AccessTokens", new() { ["Input.Name"] = "Reporting script", ["Input.Days"] = "30" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var html = await created.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html).Groups[1].Value;
        Assert.StartsWith("cpd_pat_", token);
        var stored = await App.WithDbAsync(db => db.PersonalAccessTokens.SingleAsync(t => t.UserId == hankId));
        Assert.DoesNotContain(token, stored.TokenHash);
        Assert.Equal("Reporting script", stored.Name);

        var api = App.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/activities")).StatusCode);
        var add = await api.PostAsJsonAsync("/api/v1/activities", new { title = "Token course", date = "2026-01-10", hours = 2, category = "Participatory" });
        Assert.True(add.IsSuccessStatusCode || add.StatusCode == HttpStatusCode.BadRequest, $"{(int)add.StatusCode}");

        // Listed on the page, then revoked there.
        var list = await client.Form.GetPageAsync("/Identity/Account/Manage/AccessTokens");
        Assert.Contains("Reporting script", list);
        Assert.DoesNotContain(token, list);
        var revoked = await client.Form.SubmitFormAsync("/Identity/Account/Manage/AccessTokens", formSelector: $"form[action*='{stored.Id}']");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/activities")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/activities")).StatusCode);
        var kinds = await App.WithDbAsync(db => db.SecurityEvents.Where(e => e.UserId == hankId).Select(e => e.Kind).ToListAsync());
        Assert.Contains(SecurityEventKind.AccessTokenCreated, kinds);
        Assert.Contains(SecurityEventKind.AccessTokenRevoked, kinds);
        Assert.Contains(SecurityEventKind.AccessTokenRefused, kinds);

        // Someone else's token id cannot be revoked through another account.
        var other = await CreateThroughSignInAsync(Person("ivan"));
        var foreign = await other.Form.PostFormAsync($"/Identity/Account/Manage/AccessTokens?id={stored.Id}&handler=Revoke", [], pageUrl: "/Identity/Account/Manage/AccessTokens");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task AnAdmin_CanLinkAnOrganisationAccount_WhichThenSignsStraightIn()
    {
        await App.CreateApiClientAsync("judy@trust.nhs.uk");
        var judyId = await App.UserIdAsync("judy@trust.nhs.uk");
        var judy = Person("judy-org", email: "judy.other@nhs.net");
        sso.Provider.Add(judy);
        var admin = await App.CreateSignedInFormClientAsync("link-admin@trust.nhs.uk", Roles.Admin);

        var linked = await admin.SubmitFormAsync($"/Admin/Users/Edit/{judyId}", new()
        {
            ["Link.Provider"] = SsoFixture.Key,
            ["Link.TenantId"] = A.TenantA,
            ["Link.ObjectId"] = judy.ObjectId,
        }, formSelector: "form[data-testid=link-organisation-form]");
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.True(await App.WithDbAsync(db => db.AdminAudit.AnyAsync(a => a.Subject == judyId && a.Kind == "OrganisationAccountLinked")));

        var client = sso.NewClient();
        var (_, url) = await client.SignInAsync(judy.UserName);
        Assert.Equal("/Dashboard", url.AbsolutePath);
        Assert.Contains("judy@trust.nhs.uk", await client.App.GetStringAsync("/Identity/Account/Manage"));
    }

    [Fact]
    public async Task TheSignInPage_OffersTheOrganisationAccountFirst()
    {
        var html = await App.CreateClient().GetStringAsync("/Identity/Account/Login");
        var organisation = html.IndexOf("Sign in with your organisation account", StringComparison.Ordinal);
        Assert.True(organisation > 0);
        Assert.True(organisation < html.IndexOf("name=\"Input.Password\"", StringComparison.Ordinal));
        Assert.Contains("class=\"nhsuk-button\"", html);
    }

    [GeneratedRegex("data-testid=\"token-value\">(cpd_pat_[A-Za-z0-9_-]+)<")]
    private static partial Regex TokenPattern();
}
