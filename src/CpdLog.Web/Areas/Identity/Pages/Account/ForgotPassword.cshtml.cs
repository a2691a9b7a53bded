namespace CpdLog.Web.Areas.Identity.Pages.Account;

using System.ComponentModel.DataAnnotations;
using CpdLog.Web.Infrastructure.Security;

/// <summary>
/// "Forgotten your password?": one answer ("check your email") whether or not the address has an account, so the
/// page cannot be used to find out who has one. Only an existing, enabled account is sent a link.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(CpdSignInManager signIn, PasswordLinks links) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

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

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.nhs.uk")]
        public string Email { get; set; } = "";
    }
}
