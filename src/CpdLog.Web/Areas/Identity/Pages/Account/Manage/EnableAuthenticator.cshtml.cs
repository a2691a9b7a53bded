namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Setting up an authenticator app: the key as a QR code (drawn on the server, AuthenticatorQrEndpoint) and as
/// text; a correct code turns two-factor authentication on and, the first time, shows ten recovery codes.
/// </summary>
public sealed class EnableAuthenticatorModel(CpdUserManager users, CpdSignInManager signIn, SecurityAudit audit) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string SharedKey { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", "Enter the code your authenticator app shows now: the code was wrong or had expired");
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        if (await users.CountRecoveryCodesAsync(user) == 0)
        {
            var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
            await audit.RecordAsync(SecurityEventKind.RecoveryCodesGenerated, user, detail: "With authenticator set-up");
            TempData[ShowRecoveryCodesModel.TempDataKey] = codes?.ToArray() ?? [];
            return RedirectToPage("./ShowRecoveryCodes");
        }

        TempData["StatusMessage"] = "Two-factor authentication is on with your new authenticator app.";
        return RedirectToPage("./TwoFactorAuthentication");
    }

    private async Task LoadKeyAsync(CpdUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key renews the security stamp: re-issue this session's cookie, or the stamp check would end the
            // session of the person setting up their app a minute later.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        SharedKey = grouped.ToString().TrimEnd().ToLowerInvariant();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the code from your authenticator app")]
        [RegularExpression(@"^\s*\d{3}[ -]?\d{3}\s*$", ErrorMessage = "Enter the code as 6 numbers, like 123456")]
        public string Code { get; set; } = "";
    }
}
