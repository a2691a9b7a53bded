namespace CpdLog.Web.Areas.Identity.Pages.Account;

using CpdLog.Web.Infrastructure.Sso;

/// <summary>
/// Where the provider's validated reply lands (via the external cookie): a linked, allowed account is signed in; an
/// unlinked person goes to the linking page; a disabled or locked account is refused.
/// </summary>
[AllowAnonymous]
public sealed class OrganisationCallbackModel(OrganisationAccounts accounts) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var back = Url.LocalOrHome(returnUrl);
        var who = OrganisationIdentity.From(await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme));
        if (who is null)
        {
            return RedirectToPage("/Account/Login", new { area = "Identity", organisationError = "failed" });
        }

        switch (await accounts.SignInAsync(who))
        {
            case OrganisationSignInOutcome.SignedIn:
                return LocalRedirect(back);
            case OrganisationSignInOutcome.NotLinked:
                return RedirectToPage("/Account/LinkOrganisationAccount", new { area = "Identity", returnUrl = back });
            default:
                await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
                return RedirectToPage("/Account/Login", new { area = "Identity", organisationError = OrganisationErrors.Refused });
        }
    }
}
