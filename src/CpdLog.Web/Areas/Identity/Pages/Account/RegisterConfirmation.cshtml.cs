namespace CpdLog.Web.Areas.Identity.Pages.Account;

/// <summary>
/// "Check your e-mail" after sign-up. Replaces the packaged page, which looked the address up (404 for an unknown
/// one) and so told anyone which addresses have accounts; this one takes no input and reads nothing.
/// </summary>
[AllowAnonymous]
public sealed class RegisterConfirmationModel : PageModel
{
    public void OnGet()
    {
    }
}
