namespace CpdLog.Core.Portfolio;

using System.Security.Cryptography;

/// <summary>
/// Short codes printed on a portfolio so a reader can check it on the verify page: 10 Crockford base32 characters
/// (50 bits), shown as "XXXXX-XXXXX". Crockford's alphabet leaves out I, L, O and U so codes read aloud well.
/// </summary>
public static class VerificationCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public const int Length = 10;

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[Length + 1];
        var j = 0;
        for (var i = 0; i < Length; i++)
        {
            if (i == 5)
            {
                chars[j++] = '-';
            }

            chars[j++] = Alphabet[bytes[i] & 31];
        }

        return new string(chars);
    }

    /// <summary>Upper-cases, drops separators and maps look-alikes (O→0, I/L→1) as Crockford decoding does; null if invalid.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null)
        {
            return null;
        }

        var chars = new List<char>(Length);
        foreach (var raw in input)
        {
            if (raw is '-' or ' ')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }

            chars.Add(c);
        }

        return chars.Count == Length ? $"{new string(chars[..5].ToArray())}-{new string(chars[5..].ToArray())}" : null;
    }

    public static bool IsValid(string? input) => Normalize(input) is not null;
}
