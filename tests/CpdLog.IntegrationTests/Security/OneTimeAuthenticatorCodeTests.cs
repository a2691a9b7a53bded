namespace CpdLog.IntegrationTests.Security;

using System.Text;
using CpdLog.IntegrationTests.Identity;
using CpdLog.Web.Infrastructure.Security;

/// <summary>The server's TOTP arithmetic against RFC 6238's published vectors and the test helper.</summary>
public sealed class OneTimeAuthenticatorCodeTests
{
    [Theory]
    [InlineData(59L, 287082)]
    [InlineData(1111111109L, 81804)]
    [InlineData(1234567890L, 5924)]
    public void Compute_MatchesRfc6238Vectors(long unixSeconds, int expected)
    {
        var secret = Encoding.ASCII.GetBytes("12345678901234567890");

        Assert.Equal(expected, OneTimeAuthenticatorTokenProvider.Compute(secret, unixSeconds / 30));
    }

    [Fact]
    public void Base32Decode_AgreesWithTheAuthenticatorAppHelper()
    {
        const string key = "jbsw y3dp ehpk 3pxp";
        var at = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

        var secret = OneTimeAuthenticatorTokenProvider.Base32Decode(key)!;

        Assert.Equal("Hello!\u00de\u00ad\u00be\u00ef", Encoding.Latin1.GetString(secret));
        Assert.Equal(Totp.Code(key, at), OneTimeAuthenticatorTokenProvider.Compute(secret, at.ToUnixTimeSeconds() / 30).ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
    }
}
