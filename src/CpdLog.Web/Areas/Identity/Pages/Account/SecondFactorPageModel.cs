namespace CpdLog.Web.Areas.Identity.Pages.Account;

using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

/// <summary>
/// The two second-step sign-in pages: <see cref="LoginWith2faModel"/> (authenticator code) and
/// <see cref="LoginWithRecoveryCodeModel"/> (one-time recovery code). Both go back to where the user was going when
/// the code signs them in, to the lockout page when the account is locked, and otherwise show the error on the field.
/// </summary>
public abstract class SecondFactorPageModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    /// <summary>Where the result of a second-factor sign-in leads; <paramref name="field"/> carries the error.</summary>
    protected IActionResult Outcome(SignInResult result, string field, string error)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.LocalOrHome(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("./Lockout");
        }

        ModelState.AddModelError(field, error);
        return Page();
    }
}
