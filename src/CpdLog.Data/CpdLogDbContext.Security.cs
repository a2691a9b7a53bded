namespace CpdLog.Data;

using CpdLog.Data.Security;

/// <summary>Account security: the append-only security audit and the API's refresh-token store, organisation sign-in links
/// and personal access tokens.</summary>
public sealed partial class CpdLogDbContext
{
    /// <summary>Append-only: code only ever adds entries (see <c>GuardAppendOnlyRecords</c>).</summary>
    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    /// <summary>Organisation (OpenID Connect) accounts linked to local accounts by issuer, tenant and object id.</summary>
    public DbSet<ExternalLogin> ExternalLogins => Set<ExternalLogin>();

    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
}
