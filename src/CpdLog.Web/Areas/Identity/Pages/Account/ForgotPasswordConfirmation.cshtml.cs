namespace CpdLog.Web.Areas.Identity.Pages.Account;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The one answer to "forgotten your password", whether or not the address has an account.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordConfirmationModel : PageModel
{
    public void OnGet()
    {
    }
}
