namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Whether two-factor authentication is on, how many recovery codes are left, and the ways to change it.</summary>
public sealed class TwoFactorAuthenticationModel(CpdUserManager users, CpdSignInManager signIn) : PageModel
{
    public bool IsEnabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public bool IsMachineRemembered { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        IsEnabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = IsEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        IsMachineRemembered = IsEnabled && await signIn.IsTwoFactorClientRememberedAsync(user);
        return Page();
    }

    /// <summary>Forgets this browser, so the next sign-in here asks for a code again.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is null)
        {
            return NotFound();
        }

        await signIn.ForgetTwoFactorClientAsync();
        TempData["StatusMessage"] = "This device will ask for a code the next time you sign in.";
        return RedirectToPage();
    }
}
