namespace CpdLog.Web.Areas.Identity.Pages.Account;

/// <summary>The second step of sign-in with a one-time recovery code instead of the authenticator app.</summary>
[AllowAnonymous]
public sealed class LoginWithRecoveryCodeModel(CpdSignInManager signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Input.RecoveryCode.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("./Lockout");
        }

        ModelState.AddModelError("Input.RecoveryCode", "Enter a recovery code you have not used before, exactly as it was shown");
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a recovery code")]
        [StringLength(40, ErrorMessage = "Enter a recovery code, like 7DN4K-WQ2PX")]
        public string RecoveryCode { get; set; } = "";
    }
}
