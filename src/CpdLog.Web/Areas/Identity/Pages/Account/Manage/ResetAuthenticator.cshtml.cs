namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// A new authenticator key (a new phone). It turns two-factor authentication off until the new app is set up, so,
/// like turning it off, it needs the password or a current code: an unlocked session alone is not enough.
/// </summary>
public sealed class ResetAuthenticatorModel(CpdUserManager users, CpdSignInManager signIn) : PageModel
{
    [BindProperty]
    public Disable2faModel.InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        if (!await Input.ProvesAsync(users, user))
        {
            ModelState.AddModelError("Input.Password", Disable2faModel.InputModel.NotProved);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["StatusMessage"] = "Your old key no longer works. Set up your authenticator app with the new one.";
        return RedirectToPage("./EnableAuthenticator");
    }
}
