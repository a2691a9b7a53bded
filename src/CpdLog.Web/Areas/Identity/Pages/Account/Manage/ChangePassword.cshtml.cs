namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

using System.ComponentModel.DataAnnotations;

/// <summary>Changing the password (the current one is needed). An account without one is sent to set one.</summary>
public sealed class ChangePasswordModel(CpdUserManager users, CpdSignInManager signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Why password sign-in is off for this account (organisation sign-in policy), or null.</summary>
    public string? PasswordOff { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        if (!await users.HasPasswordAsync(user))
        {
            return RedirectToPage("./SetPassword");
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

        if (!await users.HasPasswordAsync(user))
        {
            return RedirectToPage("./SetPassword");
        }

        PasswordOff = await signIn.PasswordOffReasonAsync(user);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.OldPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.OldPassword" : "Input.NewPassword", error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = "Your password has changed.";
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password")]
        [DataType(DataType.Password)]
        public string OldPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Confirm your new password")]
        [Compare(nameof(NewPassword), ErrorMessage = "The passwords do not match: enter the same new password twice")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";
    }
}
