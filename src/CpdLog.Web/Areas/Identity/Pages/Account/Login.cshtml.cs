namespace CpdLog.Web.Areas.Identity.Pages.Account;

using CpdLog.Web.Infrastructure.Sso;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<CpdUser> signIn, IOptions<AccountOptions> accounts, IOptions<SsoOptions> sso, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public const string FailureMessage =
        "Enter a correct email address and password. After 5 wrong attempts an account is locked for 15 minutes.";

    public bool AllowSelfRegistration => accounts.Value.AllowSelfRegistration;

    /// <summary>Configured organisation sign-in providers (key, button text), offered first.</summary>
    public IReadOnlyList<(string Key, string DisplayName)> Organisations =>
        [.. sso.Value.Providers.Select(p => (p.Key.ToLowerInvariant(), p.Value.DisplayName))];

    public bool PasswordsForBreakGlassOnly => sso.Value.Enabled && sso.Value.LocalPasswords == LocalPasswordPolicy.BreakGlassOnly;

    [BindProperty(SupportsGet = true)]
    public string? OrganisationError { get; set; }

    public void OnGet()
    {
        if (OrganisationError is { Length: > 0 } code)
        {
            ModelState.AddModelError("", OrganisationErrors.Message(code));
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var returnUrl = Url.LocalOrHome(ReturnUrl);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User signed in.");
            return LocalRedirect(returnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl = returnUrl, RememberMe = Input.RememberMe });
        }

        // One message for an unknown address, a wrong password, a locked and a disabled account (the same work is done
        // for each, see CpdSignInManager), so accounts cannot be discovered.
        ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Email), FailureMessage);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.nhs.uk")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
