namespace CpdLog.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Shown after too many wrong two-factor codes (the password was right). A wrong password never leads here: sign-in
/// answers a locked account as it answers a wrong password, so the lock tells an attacker nothing.
/// </summary>
[AllowAnonymous]
public sealed class LockoutModel : PageModel
{
    public void OnGet()
    {
    }
}
