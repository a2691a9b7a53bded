namespace CpdLog.Web.Areas.Identity.Pages.Account;

using System.Buffers.Text;
using Microsoft.AspNetCore.WebUtilities;

/// <summary>
/// Opens the link sent to a new e-mail address: the account moves to it (address and user name together, since the
/// address is what people sign in with), and the change is recorded in the security audit.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailChangeModel(CpdUserManager users, CpdSignInManager signIn, SecurityAudit audit) : PageModel
{
    public bool Changed { get; private set; }

    public async Task OnGetAsync(string? userId, string? email, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(email) || string.IsNullOrEmpty(code) || !Base64Url.IsValid(code)
            || await users.FindByIdAsync(userId) is not { } user)
        {
            return;
        }

        var previous = user.Email;
        var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        if (!(await users.ChangeEmailAsync(user, email, token)).Succeeded)
        {
            return;
        }

        if (!(await users.SetUserNameAsync(user, email)).Succeeded)
        {
            return;
        }

        Changed = true;
        await audit.RecordAsync(SecurityEventKind.EmailChanged, user, detail: "Changed from " + previous);
        if (User.Identity?.IsAuthenticated == true && users.GetUserId(User) == user.Id)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }
}
