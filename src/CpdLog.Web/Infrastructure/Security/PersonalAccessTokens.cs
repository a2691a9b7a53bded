namespace CpdLog.Web.Infrastructure.Security;

using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

/// <summary>
/// Personal access tokens: how an API client gets a bearer token when its owner signs in with an organisation account
/// and has no password. A token is 32 random bytes behind the <see cref="Prefix"/>, shown once, stored only as its
/// SHA-256 hash, with an expiry (at most <see cref="MaxDays"/> days), revocable by its owner.
/// </summary>
public sealed class PersonalAccessTokens(CpdLogDbContext db, TimeProvider clock, SecurityAudit audit)
{
    public const string Prefix = "cpd_pat_";

    public const int MaxDays = 366;

    public const int MaxPerUser = 20;

    /// <summary>A new token for <paramref name="user"/>: the entity and the token itself (show it once).</summary>
    public async Task<(PersonalAccessToken Token, string Secret)> CreateAsync(CpdUser user, string name, int days)
    {
        var secret = Prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var token = new PersonalAccessToken
        {
            UserId = user.Id,
            Name = name.Trim(),
            TokenHash = Hash(secret),
            Hint = secret.Substring(Prefix.Length, 6),
            CreatedAt = now,
            ExpiresAt = now.AddDays(Math.Clamp(days, 1, MaxDays)),
        };
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync();
        await audit.RecordAsync(SecurityEventKind.AccessTokenCreated, user, detail: $"\"{token.Name}\" ({token.Hint}…), expires {token.ExpiresAt:yyyy-MM-dd}");
        return (token, secret);
    }

    public Task<List<PersonalAccessToken>> ListAsync(string userId, CancellationToken ct = default) =>
        db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);

    public Task<int> CountActiveAsync(string userId)
    {
        var now = clock.GetUtcNow();
        return db.PersonalAccessTokens.Where(t => t.UserId == userId).CountAsync(t => t.RevokedAt == null && t.ExpiresAt > now);
    }

    /// <summary>Revokes one of the owner's tokens; false when they have no such token.</summary>
    public async Task<bool> RevokeAsync(CpdUser owner, Guid id)
    {
        var token = await db.PersonalAccessTokens.Where(t => t.UserId == owner.Id).FirstOrDefaultAsync(t => t.Id == id);
        if (token is null)
        {
            return false;
        }

        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow();
            await db.SaveChangesAsync();
            await audit.RecordAsync(SecurityEventKind.AccessTokenRevoked, owner, detail: $"\"{token.Name}\" ({token.Hint}…)");
        }

        return true;
    }

    /// <summary>
    /// The live token a client presented, or null. A known token that is revoked or expired is recorded in the
    /// security audit (an unknown string is not: 256 random bits cannot be guessed, and recording noise would let
    /// anyone fill the audit).
    /// </summary>
    public async Task<PersonalAccessToken?> ValidateAsync(string presented)
    {
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal) || presented.Length > 100)
        {
            return null;
        }

        var hash = Hash(presented);
        var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.TokenHash == hash);
        if (token is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            await audit.RecordAsync(SecurityEventKind.AccessTokenRefused, await db.Users.FindAsync(token.UserId),
                detail: $"\"{token.Name}\" ({token.Hint}…) {(token.RevokedAt is not null ? "revoked" : "expired")}");
            return null;
        }

        // Last use to the minute: enough for the owner's list without a write on every request.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync();
        }

        return token;
    }

    private static string Hash(string token) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
