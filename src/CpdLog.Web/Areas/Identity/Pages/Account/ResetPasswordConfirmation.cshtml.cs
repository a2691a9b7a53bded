namespace CpdLog.Web.Areas.Identity.Pages.Account;

/// <summary>After a password reset (or set): the same page whether or not the address had an account.</summary>
[AllowAnonymous]
public sealed class ResetPasswordConfirmationModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Welcome { get; set; }

    public void OnGet()
    {
    }
}
