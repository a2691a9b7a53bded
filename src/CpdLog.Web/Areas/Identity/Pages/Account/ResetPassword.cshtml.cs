namespace CpdLog.Web.Areas.Identity.Pages.Account;

using System.Buffers.Text;
using Microsoft.AspNetCore.WebUtilities;

/// <summary>
/// Choosing a new password from an e-mailed link (forgotten password, or the first password of an account an Admin
/// created). An unknown address gets the same answer as a known one; a used or expired link says so.
/// </summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(CpdSignInManager signIn, CpdUserManager users) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The link came with a new account (the page says "set", not "reset").</summary>
    [BindProperty(SupportsGet = true)]
    public bool Welcome { get; set; }

    public bool MissingCode { get; private set; }

    public void OnGet(string? code, string? email)
    {
        if (string.IsNullOrEmpty(code) || !Base64Url.IsValid(code))
        {
            // A link cut short or mangled by a mail program: say so (400, the request cannot be used).
            MissingCode = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Input = new InputModel { Code = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)), Email = email ?? "" };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Input.Code))
        {
            MissingCode = true;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.FindAccountAsync(Input.Email.Trim());
        if (user is null)
        {
            // The same answer as a success, so the form cannot be used to find out who has an account.
            return RedirectToPage("./ResetPasswordConfirmation");
        }

        var result = await users.ResetPasswordAsync(user, Input.Code, Input.Password);
        if (result.Succeeded)
        {
            // A person who proved they hold the address no longer needs to confirm it, and starts with a clean slate.
            if (!user.EmailConfirmed)
            {
                user.EmailConfirmed = true;
                await users.UpdateAsync(user);
            }

            await users.ResetAccessFailedCountAsync(user);
            return RedirectToPage("./ResetPasswordConfirmation", new { welcome = Welcome ? true : (bool?)null });
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Code == "InvalidToken" ? "" : "Input.Password", error.Description);
        }

        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.nhs.uk")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Confirm your new password")]
        [Compare(nameof(Password), ErrorMessage = "The passwords do not match: enter the same password twice")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";

        public string Code { get; set; } = "";
    }
}
