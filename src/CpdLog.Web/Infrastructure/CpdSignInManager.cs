namespace CpdLog.Web.Infrastructure;

using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

/// <summary>
/// Identity's sign-in manager, refusing accounts an Admin disabled (password, two-factor and API sign-in all pass
/// through <see cref="CanSignInAsync"/>), recording every outcome in the security audit, and doing the same work
/// whether or not the account exists: an unknown address, a locked or disabled account and a wrong password each
/// cost exactly one password-hash verification and get the same answer, so neither the reply nor its timing tells
/// an attacker which addresses have accounts.
/// </summary>
public sealed class CpdSignInManager(
    UserManager<CpdUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<CpdUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<CpdUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<CpdUser> confirmation,
    SecurityAudit audit,
    CpdLogDbContext db,
    IOptions<Sso.SsoOptions> sso)
    : SignInManager<CpdUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static string? _decoyHash;

    public override async Task<bool> CanSignInAsync(CpdUser user) => !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<CpdUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { IsDisabled: false } user ? user : null;

    /// <summary>Sign-in by e-mail address (the user name of every CpdLog account).</summary>
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await FindAccountAsync(userName);
        if (user is null)
        {
            await NoSuchAccountAsync(userName, password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    /// <summary>Finds the account for a typed address without revealing anything (null when there is none).</summary>
    public async Task<CpdUser?> FindAccountAsync(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : await UserManager.FindByEmailAsync(email) ?? await UserManager.FindByNameAsync(email);

    /// <summary>The work and the record of a failed sign-in for an address with no account.</summary>
    public async Task NoSuchAccountAsync(string? email, string? password)
    {
        VerifyDecoy(password);
        await audit.RecordAsync(SecurityEventKind.SignInFailed, null, email, "No such account");
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(CpdUser user, string password, bool lockoutOnFailure)
    {
        // Organisation sign-in may turn passwords off: refused like a wrong password, at the same cost.
        if (await PasswordOffReasonAsync(user) is { } off)
        {
            VerifyDecoy(password);
            await audit.RecordAsync(SecurityEventKind.SignInFailed, user, detail: off);
            return SignInResult.Failed;
        }

        return await ProveLocalAccountAsync(user, password, lockoutOnFailure);
    }

    /// <summary>
    /// Why this account may not sign in with a password under <see cref="Sso.SsoOptions.LocalPasswords"/>, or null.
    /// A break-glass Admin always may, but only with two-factor authentication set up.
    /// </summary>
    public async Task<string?> PasswordOffReasonAsync(CpdUser user)
    {
        var options = sso.Value;
        if (!options.Enabled || options.LocalPasswords == Sso.LocalPasswordPolicy.Allowed)
        {
            return null;
        }

        var breakGlass = options.BreakGlassAdmins.Contains(user.Email ?? "", StringComparer.OrdinalIgnoreCase);
        if (breakGlass)
        {
            return user.TwoFactorEnabled && await UserManager.IsInRoleAsync(user, Roles.Admin)
                ? null
                : "Break-glass sign-in needs the Admin role and two-factor authentication";
        }

        return options.LocalPasswords == Sso.LocalPasswordPolicy.BreakGlassOnly
            || await db.ExternalLogins.AnyAsync(l => l.UserId == user.Id)
            ? "Password sign-in is off: sign in with the organisation account"
            : null;
    }

    /// <summary>
    /// The password check without the organisation password policy: proves a local account (e.g. before linking an
    /// organisation account to it) with the same lockout, refusal and audit as a sign-in.
    /// </summary>
    public async Task<SignInResult> ProveLocalAccountAsync(CpdUser user, string password, bool lockoutOnFailure)
    {
        // Identity refuses a locked or disabled account before hashing: hash anyway, so it costs what a wrong password does.
        if (await PreSignInCheck(user) is { } refused)
        {
            VerifyDecoy(password);
            await audit.RecordAsync(SecurityEventKind.SignInFailed, user, detail: refused.IsLockedOut ? "Account locked" : "Account may not sign in");
            return refused;
        }

        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(SecurityEventKind.LockedOut, user, detail: "Too many failed attempts");
        }
        else if (!result.Succeeded)
        {
            await audit.RecordAsync(SecurityEventKind.SignInFailed, user, detail: "Wrong password");
        }
        else if (!await UserManager.GetTwoFactorEnabledAsync(user))
        {
            await audit.RecordAsync(SecurityEventKind.SignedIn, user, detail: "Password");
        }

        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        await AuditSecondFactorAsync(user, result, "Authenticator code");
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        await AuditSecondFactorAsync(user, result, "Recovery code");
        return result;
    }

    /// <summary>Records the outcome of a second factor (also for the API's sign-in, which checks it itself).</summary>
    public async Task AuditSecondFactorAsync(CpdUser? user, SignInResult result, string how)
    {
        if (user is not null)
        {
            var kind = result.Succeeded ? SecurityEventKind.SignedIn
                : result.IsLockedOut ? SecurityEventKind.LockedOut
                : SecurityEventKind.TwoFactorFailed;
            await audit.RecordAsync(kind, user, detail: how);
        }
    }

    private void VerifyDecoy(string? password)
    {
        var decoy = new CpdUser();
        _decoyHash ??= UserManager.PasswordHasher.HashPassword(decoy, Guid.NewGuid().ToString("N"));
        UserManager.PasswordHasher.VerifyHashedPassword(decoy, _decoyHash, password ?? "");
    }
}
