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

        var proved = (!string.IsNullOrEmpty(Input.Password) && await users.CheckPasswordAsync(user, Input.Password))
            || (!string.IsNullOrWhiteSpace(Input.Code)
                && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Input.Code.Replace(" ", "", StringComparison.Ordinal)));
        if (!proved)
        {
            ModelState.AddModelError("Input.Password", "Enter your password or a current code from your authenticator app");
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

    public sealed class InputModel
    {
        public string? Password { get; set; }

        public string? Code { get; set; }
    }
}
