namespace CpdLog.Portfolio.Tests;

using CpdLog.Core.Portfolio;

public class WordCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("  ", 0)]
    [InlineData("One two  three", 3)]
    [InlineData("patient-centred care isn't optional.", 4)]
    [InlineData("Zoë and Siân, £120 paid.", 5)]
    [InlineData("Line one\nline two", 4)]
    public void Count_Text_CountsWords(string text, int expected) => Assert.Equal(expected, WordCounter.Count(text));
}
