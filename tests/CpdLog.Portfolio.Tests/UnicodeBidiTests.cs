namespace CpdLog.Portfolio.Tests;

using System.Text;
using CpdLog.Portfolio.Text;

/// <summary>
/// UAX #9 as the renderer applies it. <see cref="Visual"/> writes a line in display order (left to right), reversing
/// the characters of right-to-left runs, which is what the renderer's glyph order amounts to for unshaped letters.
/// Hebrew letters are used because they do not join, so display order is easy to state.
/// </summary>
public class UnicodeBidiTests
{
    [Fact]
    public void VisualRuns_LatinOnly_IsOneLeftToRightRun()
    {
        Assert.Equal([new BidiRun(0, 11, 0)], UnicodeBidi.VisualRuns("Siân Łukasz"));
    }

    [Fact]
    public void Visual_HebrewNameInEnglishSentence_IsReversedInPlace()
    {
        Assert.Equal("Dr ןהכ דוד, nurse", Visual("Dr דוד כהן, nurse"));
    }

    [Fact]
    public void Visual_HebrewThenDigits_DigitsStayLeftToRightAndGoWithTheHebrew()
    {
        // W7 leaves 123 European (last strong is R), N1 puts the space between R and EN at level 1, I2 raises EN.
        Assert.Equal("abc 123 גבא", Visual("abc אבג 123"));
    }

    [Fact]
    public void Visual_ArabicThenYear_YearReadsLeftToRightOnTheLeft()
    {
        // W2 makes 2024 Arabic digits (AN) after an Arabic letter; the run is [AN][space][AL...] in display order.
        Assert.Equal("2024 نسح دمحم", Visual("محمد حسن 2024"));
    }

    [Fact]
    public void Visual_PercentAndPoundSignsJoinTheirNumbers()
    {
        // W5: terminators next to European digits are digits; the number is not split around them.
        Assert.Equal("£145 50% גבא", Visual("אבג 50% £145"));
    }

    [Fact]
    public void Visual_LatinInsideBracketsInHebrew_BracketsFollowTheEnclosedText()
    {
        // N0: the brackets enclose L (the embedding direction of an LTR line), so they are L and not mirrored.
        Assert.Equal("ןהכ דוד (NHS) 12", Visual("דוד כהן (NHS) 12"));
    }

    [Fact]
    public void Levels_RightToLeftParagraph_FoundFromFirstStrongCharacter()
    {
        byte? level = null;
        var levels = UnicodeBidi.Levels("אבג abc", ref level);

        Assert.Equal((byte)1, level);
        Assert.Equal([1, 1, 1, 1, 2, 2, 2], levels.Select(l => (int)l));
    }

    [Fact]
    public void Levels_TrailingSpaces_GoBackToParagraphLevel()
    {
        byte? level = 0;
        var levels = UnicodeBidi.Levels("אב  ", ref level);

        Assert.Equal([1, 1, 0, 0], levels.Select(l => (int)l));
    }

    [Fact]
    public void Levels_MarksTakeTheLevelOfTheirBase()
    {
        byte? level = 0;
        var levels = UnicodeBidi.Levels("a \u05D1\u05B0x", ref level); // bet with sheva, then Latin

        Assert.Equal([0, 0, 1, 1, 0], levels.Select(l => (int)l));
    }

    [Theory]
    [InlineData('a', "L")]
    [InlineData('\u05D0', "R")]
    [InlineData('\u0645', "AL")]
    [InlineData('\u0663', "AN")]
    [InlineData('7', "EN")]
    [InlineData('£', "ET")]
    [InlineData(',', "CS")]
    [InlineData('-', "ES")]
    [InlineData('(', "ON")]
    [InlineData(' ', "WS")]
    [InlineData('\u064E', "NSM")]
    [InlineData('\u200D', "BN")]
    [InlineData('\u4E2D', "L")]
    [InlineData('\u0928', "L")]
    public void BidiClass_OfTypicalCharacters(char c, string expected)
    {
        Assert.Equal(expected, BidiClasses.Of(c).ToString());
    }

    private static string Visual(string text)
    {
        var result = new StringBuilder();
        foreach (var run in UnicodeBidi.VisualRuns(text))
        {
            var piece = text.Substring(run.Start, run.Length);
            result.Append(run.IsRightToLeft ? new string(piece.Reverse().ToArray()) : piece);
        }

        return result.ToString();
    }
}
