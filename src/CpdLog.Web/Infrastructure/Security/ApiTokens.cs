namespace CpdLog.Web.Infrastructure.Security;

using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.WebUtilities;

/// <summary>
/// Bearer and refresh tokens for API clients, in Identity's response shape (<see cref="AccessTokenResponse"/>). The
/// access token is Identity's own protected ticket, carrying the account's <see cref="PasswordStamp"/> so it ends when
/// the password changes; the refresh token is random, stored only as a hash, single-use (each refresh rotates it) and
/// belongs to a family: presenting a used one again revokes the family, as a stolen token would otherwise live on.
/// </summary>
public sealed class ApiTokens(
    CpdLogDbContext db,
    CpdSignInManager signIn,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider clock,
    SecurityAudit audit)
{
    public async Task<AccessTokenResponse> IssueAsync(CpdUser user, Guid? family = null)
    {
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(DisabledUserGate.BearerClaim, PasswordStamp.Of(user.PasswordHash)));
        var now = clock.GetUtcNow();
        var ticket = new AuthenticationTicket(principal,
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration },
            IdentityConstants.BearerScheme);

        var refresh = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.RefreshTokens.Add(new RefreshToken
        {
            UserId = user.Id,
            FamilyId = family ?? Guid.NewGuid(),
            TokenHash = Hash(refresh),
            PasswordStamp = PasswordStamp.Of(user.PasswordHash),
            CreatedAt = now,
            ExpiresAt = now + options.RefreshTokenExpiration,
        });
        await db.SaveChangesAsync();

        return new AccessTokenResponse
        {
            AccessToken = options.BearerTokenProtector.Protect(ticket),
            ExpiresIn = (long)options.BearerTokenExpiration.TotalSeconds,
            RefreshToken = refresh,
        };
    }

    /// <summary>New tokens for a valid, unused refresh token; null (and, for a reused one, the family revoked) otherwise.</summary>
    public async Task<AccessTokenResponse?> RefreshAsync(string? refreshToken)
    {
        if (string.IsNullOrWhiteSpace(refreshToken) || refreshToken.Length > 200)
        {
            return null;
        }

        var hash = Hash(refreshToken);
        var token = await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash);
        var now = clock.GetUtcNow();
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            return null;
        }

        // Claim the token atomically: of two requests with one token, one wins and the other is a reuse.
        var claimed = await db.RefreshTokens
            .Where(t => t.Id == token.Id && t.UsedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now));
        var user = await signIn.UserManager.FindByIdAsync(token.UserId);
        if (claimed != 1)
        {
            await RevokeFamilyAsync(token.FamilyId, now);
            await audit.RecordAsync(SecurityEventKind.RefreshTokenReused, user, detail: "A used refresh token was presented again; its family is revoked");
            return null;
        }

        if (user is null || !await signIn.CanSignInAsync(user) || !string.Equals(PasswordStamp.Of(user.PasswordHash), token.PasswordStamp, StringComparison.Ordinal))
        {
            await RevokeFamilyAsync(token.FamilyId, now);
            return null;
        }

        return await IssueAsync(user, token.FamilyId);
    }

    private Task<int> RevokeFamilyAsync(Guid family, DateTimeOffset now) =>
        db.RefreshTokens.Where(t => t.FamilyId == family && t.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now));

    private static string Hash(string token) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
