namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.UnitTests.Builders;

public sealed class CipdRuleSetTests
{
    private readonly CipdRuleSet _rules = new();

    [Fact]
    public void GetCycle_AnyAnchor_IsCalendarYearOfAsOf()
    {
        var cycle = _rules.GetCycle(new DateOnly(2019, 7, 14), new Dictionary<string, string>(), new DateOnly(2026, 6, 30));

        Assert.Equal(new CpdCycle(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31)), cycle);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Evaluate_ReflectionsInYear_MetFromThree(int count, bool met)
    {
        var result = _rules.Evaluate(Input().WithMany(count, () => A.Reflection().On(2026, 3, 1)));

        Assert.Equal(met, result.Requirement("reflections").Met);
        Assert.Equal(met, result.Met);
    }

    [Theory]
    [InlineData(2025, 12, 31, false)]
    [InlineData(2026, 1, 1, true)]
    [InlineData(2026, 6, 30, true)]
    [InlineData(2026, 7, 1, false)] // after the judgement date
    public void Evaluate_ReflectionDate_CountsInsideYearUpToAsOf(int year, int month, int day, bool counts)
    {
        var result = _rules.Evaluate(Input().WithMany(3, () => A.Reflection().On(year, month, day)));

        Assert.Equal(counts, result.Requirement("reflections").Met);
    }

    [Fact]
    public void Evaluate_DeletedReflections_AreIgnored()
    {
        var result = _rules.Evaluate(Input().WithMany(3, () => A.Reflection().On(2026, 3, 1).Deleted()));

        Assert.Equal(0m, result.Requirement("reflections").Achieved);
    }

    [Fact]
    public void Evaluate_PlannedLearningBelow30Hours_WarningButMet()
    {
        var result = _rules.Evaluate(Input()
            .WithMany(3, () => A.Reflection().On(2026, 3, 1))
            .With(A.Activity().On(2026, 2, 1).WithHours(29.5m)));

        var requirement = result.Requirement("planned-learning-hours");
        Assert.False(requirement.Met);
        Assert.Equal("warning", result.StatusOf(requirement).Code());
        Assert.True(result.Met);
        Assert.True(result.HasWarnings);
        Assert.Equal("Consider logging 0.5 more hours of planned learning before 31 December 2026.", requirement.NextStep);
    }

    [Fact]
    public void Evaluate_PlannedActivityHours_DoNotCount()
    {
        var result = _rules.Evaluate(Input().With(A.Activity().On(2026, 5, 1).WithHours(30m).Planned()));

        Assert.Equal(0m, result.Requirement("planned-learning-hours").Achieved);
    }

    private static ComplianceInputBuilder Input() => A.Input().AnchoredOn(2019, 7, 14).AsOf(2026, 6, 30);
}
