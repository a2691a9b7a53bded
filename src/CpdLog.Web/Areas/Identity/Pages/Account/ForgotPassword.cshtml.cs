namespace CpdLog.Web.Areas.Identity.Pages.Account;

/// <summary>
/// "Forgotten your password?": one answer ("check your email") whether or not the address has an account, so the
/// page cannot be used to find out who has one. Only an existing, enabled account is sent a link.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(CpdSignInManager signIn, PasswordLinks links) : PageModel
{
    [BindProperty]
    public EmailAddressInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signIn.FindAccountAsync(Input.Email.Trim()) is { IsDisabled: false } user)
        {
            await links.SendResetAsync(user);
        }

        return RedirectToPage("./ForgotPasswordConfirmation");
    }
}
