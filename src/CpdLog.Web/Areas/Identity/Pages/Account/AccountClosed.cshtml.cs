namespace CpdLog.Web.Areas.Identity.Pages.Account;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>Shown after a person closes their account (they are signed out by then).</summary>
[AllowAnonymous]
public sealed class AccountClosedModel : PageModel
{
    public void OnGet()
    {
    }
}
