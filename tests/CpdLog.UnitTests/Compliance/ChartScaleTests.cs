namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance.Progress;

/// <summary>The top of a progress chart's axis, shared by the page's SVG and the portfolio's drawing.</summary>
public sealed class ChartScaleTests
{
    [Theory]
    [InlineData("0", "1")]
    [InlineData("0.5", "1")]
    [InlineData("1.1", "2")]
    [InlineData("2", "2")]
    [InlineData("2.2", "2.5")]
    [InlineData("38.5", "50")]
    [InlineData("40", "50")]
    [InlineData("51", "100")]
    [InlineData("110", "200")]
    [InlineData("2200", "2500")]
    public void NiceCeiling_RoundsUpToOneTwoTwoAndAHalfOrFive(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ChartScale.NiceCeiling(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
