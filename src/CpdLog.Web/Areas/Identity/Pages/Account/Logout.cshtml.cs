namespace CpdLog.Web.Areas.Identity.Pages.Account;

using CpdLog.Web.Infrastructure.Sso;

/// <summary>
/// Signing out ends the CpdLog session. When that session came from an organisation account, the page then offers
/// to sign out of the organisation account too (RP-initiated logout at the provider, with the id token as a hint);
/// it is an offer, not automatic, because the same account may be signed in to e-mail and other services.
/// </summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<CpdUser> signIn, IOptions<SsoOptions> sso) : PageModel
{
    private const string ProviderKey = "cpdlog.sso.signedout.provider";
    private const string HintKey = "cpdlog.sso.signedout.hint";

    /// <summary>The provider the user can still sign out of, after signing out here.</summary>
    public string? OfferProvider { get; private set; }

    public string OfferProviderName { get; private set; } = "";

    public bool SignedOutOfOrganisation { get; private set; }

    public void OnGet(string? organisation)
    {
        SignedOutOfOrganisation = organisation == "done";
        if (TempData.Peek(ProviderKey) is string key && sso.Value.Providers.TryGetValue(key, out var provider))
        {
            OfferProvider = key;
            OfferProviderName = provider.DisplayName;
            TempData.Keep();
        }
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        var session = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await signIn.SignOutAsync();
        if (session.Properties?.Items.TryGetValue(SsoClaims.SessionProviderItem, out var key) == true && key is not null && sso.Value.Providers.ContainsKey(key))
        {
            TempData[ProviderKey] = key;
            TempData[HintKey] = session.Properties.Items.TryGetValue(SsoClaims.IdTokenItem, out var hint) ? hint : null;
            return RedirectToPage();
        }

        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl!) : RedirectToPage();
    }

    /// <summary>Sends the browser to the provider's end-session endpoint (a link: see <see cref="OrganisationSignInModel"/>).</summary>
    public IActionResult OnGetOrganisation()
    {
        if (TempData[ProviderKey] is not string key || !sso.Value.Providers.ContainsKey(key))
        {
            return RedirectToPage();
        }

        var properties = new AuthenticationProperties { RedirectUri = Url.Page("/Account/Logout", null, new { area = "Identity", organisation = "done" }) };
        if (TempData[HintKey] is string { Length: > 0 } hint)
        {
            properties.Items[SsoClaims.IdTokenItem] = hint;
        }

        return SignOut(properties, SsoOptions.Scheme(key));
    }
}
