namespace CpdLog.Web.Areas.Identity.Pages.Account;

/// <summary>Shown after a person closes their account (they are signed out by then).</summary>
[AllowAnonymous]
public sealed class AccountClosedModel : PageModel
{
    public void OnGet()
    {
    }
}
