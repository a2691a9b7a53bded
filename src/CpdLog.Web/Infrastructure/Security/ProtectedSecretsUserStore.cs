namespace CpdLog.Web.Infrastructure.Security;

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

/// <summary>
/// Identity's EF store, with the authenticator key and the recovery codes (rows of <c>AspNetUserTokens</c>) encrypted
/// by ASP.NET Core data protection before they reach the database, so a copy of the database alone does not give
/// anyone a second factor. The data-protection key ring is itself encrypted with the configured certificate (see
/// <see cref="KeyProtection"/>). Values written before this store (plain text) are still read, and are encrypted the
/// next time they are written. Identity's "protect personal data" option would do this too, but would also encrypt
/// e-mail addresses, which CpdLog looks users up by.
/// </summary>
public sealed class ProtectedSecretsUserStore(CpdLogDbContext context, IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserStore<CpdUser, IdentityRole, CpdLogDbContext>(context, describer)
{
    private const string Prefix = "dp1:";
    private const string InternalProvider = "[AspNetUserStore]";
    private static readonly string[] SecretNames = ["AuthenticatorKey", "RecoveryCodes"];

    private readonly IDataProtector _protector = protection.CreateProtector("CpdLog.Identity.AuthenticatorSecrets");

    public override Task SetTokenAsync(CpdUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name,
            IsSecret(loginProvider, name) && value is not null ? Prefix + _protector.Protect(value) : value, cancellationToken);

    public override async Task<string?> GetTokenAsync(CpdUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var value = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return IsSecret(loginProvider, name) && value is not null && value.StartsWith(Prefix, StringComparison.Ordinal)
            ? _protector.Unprotect(value[Prefix.Length..])
            : value;
    }

    public static bool IsSecret(string loginProvider, string name) => loginProvider == InternalProvider && SecretNames.Contains(name);
}
