namespace CpdLog.Web.Areas.Identity.Pages.Account;

using CpdLog.Web.Infrastructure.Sso;

/// <summary>
/// Starts an organisation sign-in: sends the browser to the provider (authorization code + PKCE). A link, not a form,
/// because the page's Content-Security-Policy (<c>form-action 'self'</c>) would stop a form being redirected off-site.
/// </summary>
[AllowAnonymous]
public sealed class OrganisationSignInModel(IOptions<SsoOptions> sso) : PageModel
{
    public IActionResult OnGet(string? provider, string? returnUrl)
    {
        if (string.IsNullOrEmpty(provider) || !sso.Value.Providers.ContainsKey(provider))
        {
            return NotFound();
        }

        var back = Url.LocalOrHome(returnUrl);
        var properties = new AuthenticationProperties
        {
            RedirectUri = Url.Page("/Account/OrganisationCallback", null, new { area = "Identity", returnUrl = back }),
        };
        return Challenge(properties, SsoOptions.Scheme(provider));
    }
}
