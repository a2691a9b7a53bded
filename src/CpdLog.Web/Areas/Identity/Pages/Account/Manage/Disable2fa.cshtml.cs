namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Turning two-factor authentication off. Replaces the packaged page, which did it on one click: whoever holds an
/// unlocked session could remove the second factor. Now the password or a current authenticator code is needed.
/// </summary>
public sealed class Disable2faModel(CpdUserManager users, CpdSignInManager signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        return await users.GetTwoFactorEnabledAsync(user) ? Page() : RedirectToPage("./TwoFactorAuthentication");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!await Input.ProvesAsync(users, user))
        {
            ModelState.AddModelError("Input.Password", InputModel.NotProved);
            return Page();
        }

        var result = await users.SetTwoFactorEnabledAsync(user, false);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, "Two-factor authentication could not be turned off. Try again.");
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        TempData["StatusMessage"] = "Two-factor authentication is off. You can turn it on again with an authenticator app.";
        return RedirectToPage("./TwoFactorAuthentication");
    }

    /// <summary>Proof that the account holder is at the keyboard: the password or a current authenticator code.</summary>
    public sealed class InputModel
    {
        public const string NotProved = "Enter your password or a current code from your authenticator app";

        public string? Password { get; set; }

        public string? Code { get; set; }

        /// <summary>Whether the password is <paramref name="user"/>'s, or the code is current in their authenticator app.</summary>
        public async Task<bool> ProvesAsync(CpdUserManager users, CpdUser user) =>
            (!string.IsNullOrEmpty(Password) && await users.CheckPasswordAsync(user, Password))
            || (!string.IsNullOrWhiteSpace(Code)
                && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code.Replace(" ", "", StringComparison.Ordinal)));
    }
}
