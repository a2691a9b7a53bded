namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

using CpdLog.Web.Features.Account;

/// <summary>
/// Closing the account and erasing the person's data (<see cref="PersonalDataErasure"/>), after the password is
/// entered again. An account without a password (organisation sign-in only) confirms by typing its e-mail address.
/// </summary>
public sealed class DeletePersonalDataModel(CpdUserManager users, CpdSignInManager signIn, PersonalDataErasure erasure) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>False for an account made by organisation sign-in that never had a password.</summary>
    public bool HasPassword { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        HasPassword = await users.HasPasswordAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        HasPassword = await users.HasPasswordAsync(user);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var confirmed = HasPassword
            ? await users.CheckPasswordAsync(user, Input.Password)
            : string.Equals(Input.Password.Trim(), user.Email, StringComparison.OrdinalIgnoreCase);
        if (!confirmed)
        {
            ModelState.AddModelError("Input.Password", HasPassword ? "Enter your password correctly to confirm" : "Enter your email address exactly as it is on your account");
            return Page();
        }

        await erasure.EraseAsync(user, ct);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/AccountClosed", new { area = "Identity" });
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your password to confirm (or your email address if your account has no password)")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
