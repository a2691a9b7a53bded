namespace CpdLog.IntegrationTests.Identity;

using System.Net;
using AngleSharp.Html.Parser;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Every page under /Identity is CpdLog's own (compiled from this app, not the packaged Identity UI) and renders in the
/// NHS layout: a page title of its own, one h1, hints instead of placeholders, no Bootstrap, and every script, style
/// sheet, image and link on it on this site and answering (no CDN, no 404).
/// </summary>
public sealed class AccountPagesTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    /// <summary>Organisation sign-in pages need an identity provider; the Sso tests and the browser suite drive them.</summary>
    private static readonly string[] NeedAnIdentityProvider = ["/Account/OrganisationSignIn", "/Account/OrganisationCallback", "/Account/LinkOrganisationAccount"];

    [Fact]
    public void EveryIdentityPage_IsCompiledFromThisApp_AndTheBriefsPagesExist()
    {
        var pages = IdentityPages();

        var foreign = pages.Where(p => p.ModelTypeInfo?.Assembly != typeof(CpdLog.Web.Areas.Identity.Pages.Account.LoginModel).Assembly
            || p.ModelTypeInfo?.Namespace?.StartsWith("CpdLog.Web.Areas.Identity.Pages", StringComparison.Ordinal) != true).Select(p => p.ViewEnginePath).ToList();
        Assert.True(foreign.Count == 0, "Identity pages not ours: " + string.Join(", ", foreign));
        var paths = pages.Select(p => p.ViewEnginePath).ToHashSet(StringComparer.Ordinal);
        string[] named =
        [
            "/Account/Login", "/Account/Register", "/Account/RegisterConfirmation", "/Account/ConfirmEmail", "/Account/ConfirmEmailChange",
            "/Account/ResendEmailConfirmation", "/Account/ForgotPassword", "/Account/ForgotPasswordConfirmation", "/Account/ResetPassword",
            "/Account/ResetPasswordConfirmation", "/Account/Lockout", "/Account/AccessDenied", "/Account/LoginWith2fa",
            "/Account/LoginWithRecoveryCode", "/Account/Logout", "/Account/Manage/Index", "/Account/Manage/Email", "/Account/Manage/ChangePassword",
            "/Account/Manage/SetPassword", "/Account/Manage/TwoFactorAuthentication", "/Account/Manage/EnableAuthenticator",
            "/Account/Manage/Disable2fa", "/Account/Manage/ResetAuthenticator", "/Account/Manage/GenerateRecoveryCodes",
            "/Account/Manage/ShowRecoveryCodes", "/Account/Manage/PersonalData", "/Account/Manage/DownloadPersonalData",
            "/Account/Manage/DeletePersonalData", "/Account/Manage/ExternalLogins",
        ];
        var missing = named.Where(n => !paths.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "Account pages missing: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task EveryIdentityPage_RendersInTheNhsLayout_WithNothingOffSiteOrMissing()
    {
        var anonymous = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var user = await factory.CreateSignedInFormClientAsync("pages-user@example.nhs.uk");
        var secured = await factory.CreateSignedInFormClientAsync("pages-2fa@example.nhs.uk");
        var noPassword = await factory.CreateSignedInFormClientAsync("pages-nopassword@example.nhs.uk");
        await WithUserAsync("pages-2fa@example.nhs.uk", async (users, u) =>
        {
            await users.ResetAuthenticatorKeyAsync(u);
            await users.SetTwoFactorEnabledAsync(u, true);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(u, 10);
        });
        await WithUserAsync("pages-nopassword@example.nhs.uk", (users, u) => users.RemovePasswordAsync(u));
        var halfway = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var firstStep = await halfway.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = "pages-2fa@example.nhs.uk", ["Input.Password"] = CpdLogAppFactory.Password });
        Assert.StartsWith("/Identity/Account/LoginWith2fa", firstStep.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await secured.PostFormAsync("/Identity/Account/Manage/GenerateRecoveryCodes", [])).StatusCode);

        var visits = new (string Url, FormClient Client)[]
        {
            ("/Identity/Account/Login", anonymous),
            ("/Identity/Account/Register", anonymous),
            ("/Identity/Account/RegisterConfirmation", anonymous),
            ("/Identity/Account/ConfirmEmail?userId=nobody&code=abcd", anonymous),
            ("/Identity/Account/ConfirmEmailChange?userId=nobody&email=a%40example.nhs.uk&code=abcd", anonymous),
            ("/Identity/Account/ResendEmailConfirmation", anonymous),
            ("/Identity/Account/ForgotPassword", anonymous),
            ("/Identity/Account/ForgotPasswordConfirmation", anonymous),
            ("/Identity/Account/ResetPassword?code=abcd", anonymous),
            ("/Identity/Account/ResetPassword", anonymous),
            ("/Identity/Account/ResetPasswordConfirmation", anonymous),
            ("/Identity/Account/Lockout", anonymous),
            ("/Identity/Account/AccessDenied", user),
            ("/Identity/Account/AccountClosed", anonymous),
            ("/Identity/Account/Logout", anonymous),
            ("/Identity/Account/Logout", user),
            ("/Identity/Account/LoginWith2fa", halfway),
            ("/Identity/Account/LoginWithRecoveryCode", halfway),
            ("/Identity/Account/Manage", user),
            ("/Identity/Account/Manage/Index", user),
            ("/Identity/Account/Manage/Email", user),
            ("/Identity/Account/Manage/ChangePassword", user),
            ("/Identity/Account/Manage/SetPassword", noPassword),
            ("/Identity/Account/Manage/TwoFactorAuthentication", user),
            ("/Identity/Account/Manage/TwoFactorAuthentication", secured),
            ("/Identity/Account/Manage/EnableAuthenticator", user),
            ("/Identity/Account/Manage/Disable2fa", secured),
            ("/Identity/Account/Manage/ResetAuthenticator", secured),
            ("/Identity/Account/Manage/GenerateRecoveryCodes", secured),
            ("/Identity/Account/Manage/ShowRecoveryCodes", secured),
            ("/Identity/Account/Manage/PersonalData", user),
            ("/Identity/Account/Manage/DownloadPersonalData", user),
            ("/Identity/Account/Manage/DeletePersonalData", user),
            ("/Identity/Account/Manage/DeletePersonalData", noPassword),
            ("/Identity/Account/Manage/ExternalLogins", user),
            ("/Identity/Account/Manage/Notifications", user),
            ("/Identity/Account/Manage/AccessTokens", user),
            ("/Identity/Account/Manage/YourData", user),
        };

        var visited = visits.Select(v => v.Url.Split('?')[0].Replace("/Identity", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unvisited = IdentityPages().Select(p => p.ViewEnginePath)
            .Where(p => !visited.Contains(p) && !(p.EndsWith("/Index", StringComparison.Ordinal) && visited.Contains(p[..^"/Index".Length])))
            .Except(NeedAnIdentityProvider).ToList();
        Assert.True(unvisited.Count == 0, "Identity pages this test does not visit: " + string.Join(", ", unvisited));

        var failures = new List<string>();
        var checkedAssets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (url, client) in visits)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
            {
                failures.Add($"{url}: {(int)response.StatusCode} {response.Headers.Location}");
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            var document = await new HtmlParser().ParseDocumentAsync(html);
            var title = document.Title ?? "";
            if (title.Trim() is "" or "CpdLog")
            {
                failures.Add($"{url}: title \"{title}\" is not the page's own");
            }

            if (document.QuerySelectorAll("h1").Length != 1)
            {
                failures.Add($"{url}: {document.QuerySelectorAll("h1").Length} h1 headings");
            }

            if (document.QuerySelector("link[href*='nhsuk-frontend']") is null || document.QuerySelector("main#maincontent") is null)
            {
                failures.Add($"{url}: not in the NHS layout");
            }

            if (document.QuerySelector("[placeholder]") is { } placeholder)
            {
                failures.Add($"{url}: placeholder on {placeholder.GetAttribute("name")} (use a hint)");
            }

            if (document.QuerySelector(".form-control, .btn, .form-floating, .text-danger, .validation-summary-valid") is { } bootstrap)
            {
                failures.Add($"{url}: Bootstrap/packaged markup ({bootstrap.ClassName})");
            }

            if (html.Contains("at least 6", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{url}: states the packaged password rule");
            }

            var references = document.QuerySelectorAll("script[src]").Select(e => e.GetAttribute("src")!)
                .Concat(document.QuerySelectorAll("link[href]").Select(e => e.GetAttribute("href")!))
                .Concat(document.QuerySelectorAll("img[src]").Select(e => e.GetAttribute("src")!));
            foreach (var reference in references)
            {
                if (!reference.StartsWith('/') || reference.StartsWith("//", StringComparison.Ordinal))
                {
                    failures.Add($"{url}: off-site reference {reference}");
                }
                else if (checkedAssets.Add(reference) && (await client.GetAsync(reference)).StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{url}: {reference} does not answer 200");
                }
            }

            foreach (var link in document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")))
            {
                if (string.IsNullOrEmpty(link))
                {
                    failures.Add($"{url}: a link without an address (asp-page to a page that does not exist?)");
                }
                else if (link.StartsWith('/') && checkedAssets.Add("GET " + link.Split('#')[0])
                    && (await client.GetAsync(link.Split('#')[0])).StatusCode == HttpStatusCode.NotFound)
                {
                    failures.Add($"{url}: link {link} is a 404");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private List<CompiledPageActionDescriptor> IdentityPages() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<CompiledPageActionDescriptor>())
            .OfType<CompiledPageActionDescriptor>()
            .Where(p => p.AreaName == "Identity")
            .DistinctBy(p => p.ViewEnginePath)];

    private async Task WithUserAsync(string email, Func<CpdUserManager, CpdLog.Data.CpdUser, Task> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<CpdUserManager>();
        await action(users, (await users.FindByEmailAsync(email))!);
    }
}
