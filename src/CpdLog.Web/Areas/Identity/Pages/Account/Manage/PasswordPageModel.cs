namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The two password pages: <see cref="ChangePasswordModel"/> for an account with a password and
/// <see cref="SetPasswordModel"/> for one without; each sends the account to the other when it is on the wrong one.
/// A saved password refreshes the sign-in and goes back to the change page with a success message.
/// </summary>
public abstract class PasswordPageModel(CpdUserManager users, CpdSignInManager signIn) : PageModel
{
    /// <summary>Why password sign-in is off for this account (organisation sign-in policy), or null.</summary>
    public string? PasswordOff { get; private set; }

    protected CpdUserManager Users { get; } = users;

    /// <summary>True on the page for an account that has a password.</summary>
    protected abstract bool ForAccountWithPassword { get; }

    /// <summary>Whether a post is refused while <see cref="PasswordOff"/> says why.</summary>
    protected abstract bool RefusedWhilePasswordOff { get; }

    /// <summary>The message shown after the password is saved.</summary>
    protected abstract string Saved { get; }

    public Task<IActionResult> OnGetAsync() => WithAccountAsync(_ => Task.FromResult<IActionResult>(Page()));

    public Task<IActionResult> OnPostAsync() => WithAccountAsync(async user =>
    {
        if ((RefusedWhilePasswordOff && PasswordOff is not null) || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await SaveAsync(user);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(ErrorField(error), error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = Saved;
        return RedirectToPage("./ChangePassword");
    });

    /// <summary>Writes the password from the page's input.</summary>
    protected abstract Task<IdentityResult> SaveAsync(CpdUser user);

    /// <summary>The input field an Identity error belongs to.</summary>
    protected abstract string ErrorField(IdentityError error);

    private async Task<IActionResult> WithAccountAsync(Func<CpdUser, Task<IActionResult>> then)
    {
        if (await Users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        if (await Users.HasPasswordAsync(user) != ForAccountWithPassword)
        {
            return RedirectToPage(ForAccountWithPassword ? "./SetPassword" : "./ChangePassword");
        }

        PasswordOff = await signIn.PasswordOffReasonAsync(user);
        return await then(user);
    }
}
