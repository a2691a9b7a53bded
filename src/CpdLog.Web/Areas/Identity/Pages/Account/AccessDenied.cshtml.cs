namespace CpdLog.Web.Areas.Identity.Pages.Account;

/// <summary>Where a signed-in person lands when a page needs a role they do not have.</summary>
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
