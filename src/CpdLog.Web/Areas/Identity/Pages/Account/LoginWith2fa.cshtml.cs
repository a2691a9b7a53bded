namespace CpdLog.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The second step of sign-in, after a correct password. IdentityPageGuard sends anyone who has not passed the first
/// step back to sign in; CpdSignInManager records each attempt; too many wrong codes lock the account.
/// </summary>
[AllowAnonymous]
public sealed class LoginWith2faModel(CpdSignInManager signIn) : SecondFactorPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Input.TwoFactorCode.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberMachine);
        return Outcome(result, "Input.TwoFactorCode", "Enter the code your authenticator app shows now: the code was wrong, had expired or was already used");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the code from your authenticator app")]
        [RegularExpression(@"^\s*\d{3}[ -]?\d{3}\s*$", ErrorMessage = "Enter the code as 6 numbers, like 123456")]
        public string TwoFactorCode { get; set; } = "";

        public bool RememberMachine { get; set; }
    }
}
