namespace CpdLog.Web.Areas.Identity.Pages.Account;

using System.Buffers.Text;
using Microsoft.AspNetCore.WebUtilities;

/// <summary>Opens the e-mailed confirmation link. An unknown account and a bad code get the same "not worked" page.</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(CpdUserManager users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code) || !Base64Url.IsValid(code) || await users.FindByIdAsync(userId) is not { } user)
        {
            return;
        }

        var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
