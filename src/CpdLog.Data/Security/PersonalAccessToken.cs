namespace CpdLog.Data.Security;

/// <summary>
/// A personal access token an API client presents as <c>Authorization: Bearer cpd_pat_…</c> (for accounts that sign
/// in with an organisation account and have no password). Shown once when made; only its SHA-256 hash is stored. It
/// has an expiry and can be revoked; disabling the account stops it at once.
/// </summary>
public sealed class PersonalAccessToken
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string UserId { get; set; } = "";

    /// <summary>What the owner calls it, e.g. "Reporting script".</summary>
    public string Name { get; set; } = "";

    /// <summary>Base64 SHA-256 of the token.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The first characters of the token (after the prefix), so the owner can tell tokens apart.</summary>
    public string Hint { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
