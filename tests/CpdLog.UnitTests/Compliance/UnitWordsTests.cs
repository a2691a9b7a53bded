namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;

public sealed class UnitWordsTests
{
    [Theory]
    [InlineData(1, "hours", "hour")]
    [InlineData(0.5, "hours", "hours")]
    [InlineData(0, "gaps", "gaps")]
    [InlineData(1, "discussion", "discussion")]
    [InlineData(2, "discussion", "discussions")]
    [InlineData(1, "activities", "activity")]
    [InlineData(12, "activities", "activities")]
    [InlineData(1, "categories", "category")]
    [InlineData(3, "category", "categories")]
    [InlineData(1, "pieces", "piece")]
    [InlineData(5, "pieces", "pieces")]
    [InlineData(1, "", "")]
    public void For_GivesTheFormThatReadsRight(double value, string unit, string expected) =>
        Assert.Equal(expected, UnitWords.For((decimal)value, unit));

    [Fact]
    public void For_EveryUnitARuleSetUses_ReadsRightForOneAndTwo()
    {
        var units = BodyCatalogue.AllVersions
            .SelectMany(v => v.RuleSet.Evaluate(new ComplianceInput { AnchorDate = new DateOnly(2025, 1, 1), AsOf = new DateOnly(2026, 6, 1) }).Requirements)
            .Select(r => r.Unit).Where(u => u.Length > 0).Distinct().ToList();

        Assert.NotEmpty(units);
        Assert.All(units, u =>
        {
            Assert.False(UnitWords.For(1m, u).EndsWith('s'), $"'{u}' for 1");
            Assert.EndsWith("s", UnitWords.For(2m, u), StringComparison.Ordinal);
        });
    }
}
