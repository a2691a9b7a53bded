namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Changing the address the person signs in with: a link goes to the new address and the change happens when it is
/// opened (ConfirmEmailChange). If the new address already has an account, that address is told instead and the
/// requester sees the same "check your email" message, so the page cannot be used to find accounts.
/// </summary>
public sealed class EmailModel(CpdUserManager users, PasswordLinks links) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Email { get; private set; } = "";

    public bool IsConfirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        Load(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        Load(user);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var newEmail = Input.NewEmail.Trim();
        if (string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Input.NewEmail", "This is already your email address: enter a different one");
            return Page();
        }

        if (await users.FindByEmailAsync(newEmail) is not null)
        {
            await links.SendAddressTakenAsync(user, newEmail);
        }
        else
        {
            await links.SendEmailChangeAsync(user, newEmail);
        }

        TempData["Sent"] = $"Check your email: we have sent a link to {newEmail}. Your address changes when you open it.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSendConfirmationAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        if (!user.EmailConfirmed)
        {
            await links.SendConfirmationAsync(user);
        }

        TempData["Sent"] = $"Check your email: we have sent a confirmation link to {user.Email}.";
        return RedirectToPage();
    }

    private void Load(CpdLog.Data.CpdUser user)
    {
        Email = user.Email ?? "";
        IsConfirmed = user.EmailConfirmed;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your new email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.nhs.uk")]
        [StringLength(254, ErrorMessage = "Email address must be 254 characters or fewer")]
        public string NewEmail { get; set; } = "";
    }
}
