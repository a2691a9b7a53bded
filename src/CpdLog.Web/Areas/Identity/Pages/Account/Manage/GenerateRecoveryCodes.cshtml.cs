namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Replaces the recovery codes (IdentityPageGuard sends a person without two-factor authentication back).</summary>
public sealed class GenerateRecoveryCodesModel(CpdUserManager users, SecurityAudit audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("./TwoFactorAuthentication");
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, EnableAuthenticatorModel.RecoveryCodeCount);
        await audit.RecordAsync(SecurityEventKind.RecoveryCodesGenerated, user, detail: "Replaced by the user");
        TempData[ShowRecoveryCodesModel.TempDataKey] = codes?.ToArray() ?? [];
        return RedirectToPage("./ShowRecoveryCodes");
    }
}
