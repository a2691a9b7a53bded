namespace CpdLog.Web.Infrastructure.Security;

using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

/// <summary>
/// Authenticator-app codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, one step of drift either way) that work
/// once only. Identity's own provider accepts the same code again for up to 90 seconds; here the accepted step is
/// recorded with a conditional update (<c>LastTotpTimeStep &lt; step</c>), so of two requests racing with one code
/// exactly one wins, and no earlier code is accepted afterwards.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(CpdLogDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<CpdUser>
{
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<CpdUser> manager, CpdUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    // Codes come from the user's app, never from the server.
    public Task<string> GenerateAsync(string purpose, UserManager<CpdUser> manager, CpdUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<CpdUser> manager, CpdUser user)
    {
        var code = (token ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length != 6 || !int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || Base32Decode(key) is not { Length: > 0 } secret)
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        long? matched = null;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (Compute(secret, step) == value)
            {
                matched = step;
            }
        }

        if (matched is not { } accepted)
        {
            return false;
        }

        var claimed = await db.Users
            .Where(u => u.Id == user.Id && (u.LastTotpTimeStep == null || u.LastTotpTimeStep < accepted))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpTimeStep, accepted));
        if (claimed != 1)
        {
            return false;
        }

        // Identity's UserStore.UpdateAsync writes every property of the tracked user: keep it in step.
        user.LastTotpTimeStep = accepted;
        return true;
    }

    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "TOTP (RFC 6238) as authenticator apps implement it is HMAC-SHA1; the secret is random, so SHA-1 collisions do not apply.")]
    public static int Compute(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(secret, counter, hash);
        var offset = hash[^1] & 0x0F;
        return (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF) % 1_000_000;
    }

    public static byte[]? Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant())
        {
            if (c is ' ' or '=')
            {
                continue;
            }

            var index = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }

            buffer = ((buffer << 5) | index) & 0x1FFF;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
