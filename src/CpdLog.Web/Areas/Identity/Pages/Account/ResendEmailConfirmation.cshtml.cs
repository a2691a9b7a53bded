namespace CpdLog.Web.Areas.Identity.Pages.Account;

/// <summary>A new e-mail confirmation link; the same answer whether or not the address has an unconfirmed account.</summary>
[AllowAnonymous]
public sealed class ResendEmailConfirmationModel(CpdSignInManager signIn, PasswordLinks links) : PageModel
{
    [BindProperty]
    public EmailAddressInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signIn.FindAccountAsync(Input.Email.Trim()) is { EmailConfirmed: false, IsDisabled: false } user)
        {
            await links.SendConfirmationAsync(user);
        }

        Sent = true;
        return Page();
    }
}
