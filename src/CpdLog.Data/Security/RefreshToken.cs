namespace CpdLog.Data.Security;

/// <summary>
/// A refresh token issued to an API client, stored only as its SHA-256 hash. Each use replaces it with a new token of
/// the same family; presenting a used token again revokes the whole family (it was stolen or replayed).
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string UserId { get; set; } = "";

    public Guid FamilyId { get; set; }

    /// <summary>Base64 SHA-256 of the token the client holds.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The account's <c>PasswordStamp</c> when issued: a password change ends the family.</summary>
    public string PasswordStamp { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
