namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

using System.ComponentModel.DataAnnotations;

/// <summary>
/// A first password for an account that has none (made by organisation sign-in). Refused while the organisation
/// sign-in policy (OrganisationSignIn:LocalPasswords) turns password sign-in off for the account.
/// </summary>
public sealed class SetPasswordModel(CpdUserManager users, CpdSignInManager signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? PasswordOff { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        if (await users.HasPasswordAsync(user))
        {
            return RedirectToPage("./ChangePassword");
        }

        PasswordOff = await signIn.PasswordOffReasonAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        if (await users.HasPasswordAsync(user))
        {
            return RedirectToPage("./ChangePassword");
        }

        PasswordOff = await signIn.PasswordOffReasonAsync(user);
        if (PasswordOff is not null)
        {
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.AddPasswordAsync(user, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.NewPassword", error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = "Your password is set.";
        return RedirectToPage("./ChangePassword");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a new password")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Confirm your new password")]
        [Compare(nameof(NewPassword), ErrorMessage = "The passwords do not match: enter the same password twice")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";
    }
}
