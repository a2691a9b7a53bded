namespace CpdLog.Web.Areas.Identity.Pages.Account;

using CpdLog.Web.Infrastructure.Sso;

/// <summary>
/// A first organisation sign-in with no link yet. The person links an existing CpdLog account by proving it (its
/// password, and its two-factor code when it has two-factor set up), or creates a new account when self-registration
/// is on. The e-mail claim is only shown, never used to pick the account: that is what the proof is for.
/// </summary>
[AllowAnonymous]
public sealed class LinkOrganisationAccountModel(OrganisationAccounts accounts, CpdSignInManager signIn) : PageModel
{
    public const string FailureMessage =
        "Enter the email address, password and, if you use two-factor authentication, the code of your CpdLog account. After 5 wrong attempts an account is locked for 15 minutes.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public OrganisationIdentity Who { get; private set; } = default!;

    public string ProviderName { get; private set; } = "";

    public bool SelfRegistration => accounts.SelfRegistration;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Expired();

    /// <summary>Links an existing account the person proves is theirs.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Expired();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.FindAccountAsync(Input.Email);
        if (user is null)
        {
            await signIn.NoSuchAccountAsync(Input.Email, Input.Password);
            return Failed();
        }

        var result = await signIn.ProveLocalAccountAsync(user, Input.Password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return Failed();
        }

        if (await signIn.UserManager.GetTwoFactorEnabledAsync(user))
        {
            var code = (Input.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            var valid = code.Length > 0
                && (await signIn.UserManager.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code)
                    || (await signIn.UserManager.RedeemTwoFactorRecoveryCodeAsync(user, Input.Code!.Replace(" ", "", StringComparison.Ordinal))).Succeeded);
            if (!valid)
            {
                await signIn.UserManager.AccessFailedAsync(user);
                await signIn.AuditSecondFactorAsync(user, await signIn.UserManager.IsLockedOutAsync(user) ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut : Microsoft.AspNetCore.Identity.SignInResult.Failed, "Code to link an organisation account");
                return Failed();
            }

            await signIn.UserManager.ResetAccessFailedCountAsync(user);
        }

        return await accounts.LinkProvedAndSignInAsync(user, Who) == OrganisationSignInOutcome.SignedIn
            ? LocalRedirect(Back)
            : Failed();
    }

    /// <summary>Creates a new account for the person (self-registration only).</summary>
    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (!await LoadAsync())
        {
            return Expired();
        }

        ModelState.Clear();
        var result = await accounts.CreateAndSignInAsync(Who);
        if (result.Succeeded)
        {
            return LocalRedirect(Back);
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.Code is "DuplicateEmail" or "DuplicateUserName"
                ? "An account already uses your email address. If it is yours, link it by entering its password; if not, ask your administrator."
                : error.Description);
        }

        return Page();
    }

    private string Back => Url.LocalOrHome(ReturnUrl);

    private async Task<bool> LoadAsync()
    {
        if (OrganisationIdentity.From(await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme)) is not { } who)
        {
            return false;
        }

        Who = who;
        ProviderName = accounts.Provider(who.Provider)?.DisplayName ?? who.Provider;
        return true;
    }

    private RedirectToPageResult Expired() => RedirectToPage("/Account/Login", new { area = "Identity", organisationError = "expired" });

    private PageResult Failed()
    {
        ModelState.AddModelError("Input.Email", FailureMessage);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the email address of your CpdLog account")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.nhs.uk")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter the password of your CpdLog account")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Two-factor code")]
        public string? Code { get; set; }
    }
}
