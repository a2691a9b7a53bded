namespace CpdLog.Web.Areas.Identity.Pages.Account;

using System.ComponentModel.DataAnnotations;
using CpdLog.Web.Infrastructure.Security;

/// <summary>A new e-mail confirmation link; the same answer whether or not the address has an unconfirmed account.</summary>
[AllowAnonymous]
public sealed class ResendEmailConfirmationModel(CpdSignInManager signIn, PasswordLinks links) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

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

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.nhs.uk")]
        public string Email { get; set; } = "";
    }
}
