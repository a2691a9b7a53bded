namespace CpdLog.Web.Areas.Identity.Pages.Account;

/// <summary>The second step of sign-in with a one-time recovery code instead of the authenticator app.</summary>
[AllowAnonymous]
public sealed class LoginWithRecoveryCodeModel(CpdSignInManager signIn) : SecondFactorPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Input.RecoveryCode.Replace(" ", "", StringComparison.Ordinal));
        return Outcome(result, "Input.RecoveryCode", "Enter a recovery code you have not used before, exactly as it was shown");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a recovery code")]
        [StringLength(40, ErrorMessage = "Enter a recovery code, like 7DN4K-WQ2PX")]
        public string RecoveryCode { get; set; } = "";
    }
}
