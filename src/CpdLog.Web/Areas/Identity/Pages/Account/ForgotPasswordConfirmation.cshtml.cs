namespace CpdLog.Web.Areas.Identity.Pages.Account;

/// <summary>The one answer to "forgotten your password", whether or not the address has an account.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordConfirmationModel : PageModel
{
    public void OnGet()
    {
    }
}
