namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance.Bodies;
using CpdLog.UnitTests.Builders;

public sealed class CipfaFixedCycleTests
{
    private readonly CipfaRuleSet _rules = new();

    [Theory]
    [InlineData(2026, 3, 31, 2023, 4, 1)] // the day before the second cycle starts
    [InlineData(2026, 4, 1, 2026, 4, 1)] // the day it starts
    [InlineData(2026, 4, 2, 2026, 4, 1)] // the day after
    public void GetCycle_Fixed_ThreeYearsFromChosenStart(int y, int m, int d, int sy, int sm, int sd)
    {
        var cycle = _rules.GetCycle(new DateOnly(2023, 4, 1), new Dictionary<string, string>(), new DateOnly(y, m, d));

        Assert.Equal(new DateOnly(sy, sm, sd), cycle.Start);
        Assert.Equal(new DateOnly(sy + 3, sm, sd).AddDays(-1), cycle.End);
    }

    [Fact]
    public void Options_DefaultIsFixed_AsCipfaMembersSelectACycle() =>
        Assert.Equal(CipfaRuleSet.FixedCycle, _rules.Options.Single(o => o.Key == CipfaRuleSet.CycleOption).Default);

    [Fact]
    public void Evaluate_Fixed_FutureYearsAreAdvisoryAndNotDueUntilTheyStart()
    {
        var result = _rules.Evaluate(A.Input().AnchoredOn(2026, 4, 1).AsOf(2026, 6, 1).With(A.Activity().On(2026, 5, 1).WithHours(20m)));

        Assert.True(result.Requirement("annual-hours-y1").Met);
        Assert.Equal("not-due", result.StatusOf("annual-hours-y2")); // issue 14: was "warning"
        Assert.Equal("not-due", result.StatusOf("annual-hours-y3"));
        Assert.False(result.Requirement("cycle-hours").Met);
    }

    [Fact]
    public void GetCycle_Rolling_KeepsTodaysBehaviour()
    {
        var rolling = new Dictionary<string, string> { [CipfaRuleSet.CycleOption] = CipfaRuleSet.RollingCycle };

        var cycle = _rules.GetCycle(new DateOnly(2023, 4, 1), rolling, new DateOnly(2026, 6, 1));

        Assert.Equal(new DateOnly(2024, 4, 1), cycle.Start);
        Assert.Equal(new DateOnly(2027, 3, 31), cycle.End);
    }
}
