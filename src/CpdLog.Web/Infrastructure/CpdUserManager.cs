namespace CpdLog.Web.Infrastructure;

/// <summary>
/// Identity's user manager, plus two CpdLog rules that hold whichever way an account is created (Register page,
/// <c>/api/v1/auth/register</c>, Admin): the creation time is stamped and the account gets the Manager role.
/// </summary>
public sealed class CpdUserManager(
    IUserStore<CpdUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<CpdUser> passwordHasher,
    IEnumerable<IUserValidator<CpdUser>> userValidators,
    IEnumerable<IPasswordValidator<CpdUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<CpdUser>> logger,
    TimeProvider clock,
    SecurityAudit audit)
    : UserManager<CpdUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> CreateAsync(CpdUser user)
    {
        if (user.CreatedAt == default)
        {
            user.CreatedAt = clock.GetUtcNow();
        }

        if (string.IsNullOrWhiteSpace(user.DisplayName))
        {
            user.DisplayName = user.Email ?? user.UserName ?? "";
        }

        var result = await base.CreateAsync(user);
        return result.Succeeded ? await AddToRoleAsync(user, Roles.Manager) : result;
    }

    public override async Task<IdentityResult> ChangePasswordAsync(CpdUser user, string currentPassword, string newPassword) =>
        await AuditAsync(await base.ChangePasswordAsync(user, currentPassword, newPassword), SecurityEventKind.PasswordChanged, user, "Changed by the user");

    public override async Task<IdentityResult> ResetPasswordAsync(CpdUser user, string token, string newPassword) =>
        await AuditAsync(await base.ResetPasswordAsync(user, token, newPassword), SecurityEventKind.PasswordChanged, user, "Reset by e-mail link");

    public override async Task<IdentityResult> AddPasswordAsync(CpdUser user, string password) =>
        await AuditAsync(await base.AddPasswordAsync(user, password), SecurityEventKind.PasswordChanged, user, "Password set");

    public override async Task<IdentityResult> SetTwoFactorEnabledAsync(CpdUser user, bool enabled) =>
        await AuditAsync(await base.SetTwoFactorEnabledAsync(user, enabled),
            enabled ? SecurityEventKind.TwoFactorEnabled : SecurityEventKind.TwoFactorDisabled, user, null);

    public override async Task<IdentityResult> ResetAuthenticatorKeyAsync(CpdUser user) =>
        await AuditAsync(await base.ResetAuthenticatorKeyAsync(user), SecurityEventKind.AuthenticatorReset, user, null);

    private async Task<IdentityResult> AuditAsync(IdentityResult result, SecurityEventKind kind, CpdUser user, string? detail)
    {
        if (result.Succeeded)
        {
            await audit.RecordAsync(kind, user, detail: detail);
        }

        return result;
    }
}
