namespace CpdLog.Portfolio.Tests;

using CpdLog.Core.Portfolio;

public class VerificationCodeTests
{
    [Fact]
    public void New_IsTenCrockfordCharactersInTwoGroups()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => VerificationCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("abcde-12345", "ABCDE-12345")]
    [InlineData("ABCDEI2345", "ABCDE-12345")]
    [InlineData("0o0o0 11111", "00000-11111")]
    [InlineData("ABCDE-1234", null)]
    [InlineData("ABCDE-1234U", null)]
    public void Normalize_UserTypedCode_CanonicalOrNull(string input, string? expected) =>
        Assert.Equal(expected, VerificationCode.Normalize(input));
}
