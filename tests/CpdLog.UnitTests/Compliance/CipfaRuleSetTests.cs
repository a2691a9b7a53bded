namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.UnitTests.Builders;

// Rolling view (option cycle = rolling). Anchor 1 April 2020 (financial CPD year), judged 1 June 2026: y1 = Apr 2024–Mar 2025, y2 = Apr 2025–Mar 2026,
// y3 = Apr 2026–Mar 2027 (current).
public sealed class CipfaRuleSetTests
{
    private readonly CipfaRuleSet _rules = new();

    [Fact]
    public void GetCycle_FinancialYearAnchor_ThreeCpdYearsEndingWithCurrent()
    {
        var cycle = _rules.GetCycle(new DateOnly(2020, 4, 1), Rolling, new DateOnly(2026, 6, 1));

        Assert.Equal(new CpdCycle(new DateOnly(2024, 4, 1), new DateOnly(2027, 3, 31), new DateOnly(2027, 3, 31)), cycle);
    }

    [Fact]
    public void GetCycle_StartMonthOption_OverridesAnchorMonth()
    {
        var options = new Dictionary<string, string> { [CipfaRuleSet.StartMonthOption] = "1", [CipfaRuleSet.CycleOption] = "rolling" };

        var cycle = _rules.GetCycle(new DateOnly(2020, 4, 1), options, new DateOnly(2026, 6, 1));

        Assert.Equal(new DateOnly(2024, 1, 1), cycle.Start);
        Assert.Equal(new DateOnly(2026, 12, 31), cycle.End);
    }

    [Theory]
    [InlineData("13")]
    [InlineData("april")]
    public void GetCycle_InvalidStartMonth_UsesAnchorMonth(string month)
    {
        var options = new Dictionary<string, string> { [CipfaRuleSet.StartMonthOption] = month, [CipfaRuleSet.CycleOption] = "rolling" };

        var cycle = _rules.GetCycle(new DateOnly(2020, 9, 1), options, new DateOnly(2026, 6, 1));

        Assert.Equal(new DateOnly(2023, 9, 1), cycle.Start);
    }

    [Fact]
    public void Evaluate_FortyHoursEachYear_AllMet()
    {
        var result = _rules.Evaluate(Input().With(
            A.Activity().On(2024, 4, 1).WithHours(40m),
            A.Activity().On(2025, 3, 31).WithHours(0.5m),
            A.Activity().On(2025, 4, 1).WithHours(40m),
            A.Activity().On(2026, 5, 31).WithHours(40m)));

        Assert.True(result.Met);
        Assert.Equal(["cycle-hours", "annual-hours-y1", "annual-hours-y2", "annual-hours-y3"], result.Requirements.Select(r => r.Code));
        Assert.Equal(40.5m, result.Requirement("annual-hours-y1").Achieved);
    }

    [Fact]
    public void Evaluate_OneYearWith19AndAHalfHours_NotMetDespite120Total()
    {
        var result = _rules.Evaluate(Input().With(
            A.Activity().On(2024, 6, 1).WithHours(60.5m),
            A.Activity().On(2025, 6, 1).WithHours(19.5m),
            A.Activity().On(2026, 5, 1).WithHours(40m)));

        Assert.True(result.Requirement("cycle-hours").Met);
        var y2 = result.Requirement("annual-hours-y2");
        Assert.False(y2.Met);
        Assert.Equal(19.5m, y2.Achieved);
        Assert.Equal(
            "This CPD year is over and was 0.5 hours short of 20; make up the hours and note why in your CIPFA declaration.",
            y2.NextStep);
        Assert.False(result.Met);
    }

    [Theory]
    [InlineData(119.5, false)]
    [InlineData(120, true)]
    public void Evaluate_CycleHours_MetFrom120(double total, bool met)
    {
        var result = _rules.Evaluate(Input().With(
            A.Activity().On(2024, 6, 1).WithHours(40m),
            A.Activity().On(2025, 6, 1).WithHours(40m),
            A.Activity().On(2026, 5, 1).WithHours((decimal)total - 80m)));

        Assert.Equal(met, result.Requirement("cycle-hours").Met);
    }

    [Fact]
    public void Evaluate_CurrentYearShort_NextStepNamesYearEnd()
    {
        var result = _rules.Evaluate(Input());

        Assert.Equal("Log 20 more CPD hours before 31 March 2027.", result.Requirement("annual-hours-y3").NextStep);
        Assert.Contains("1 April 2026 to 31 March 2027", result.Requirement("annual-hours-y3").Title);
    }

    [Fact]
    public void Evaluate_ActivityBeforeWindow_DoesNotCount()
    {
        var result = _rules.Evaluate(Input().With(A.Activity().On(2024, 3, 31).WithHours(120m)));

        Assert.Equal(0m, result.Requirement("cycle-hours").Achieved);
    }

    private static readonly Dictionary<string, string> Rolling = new() { [CipfaRuleSet.CycleOption] = CipfaRuleSet.RollingCycle };

    private static ComplianceInputBuilder Input() => A.Input().AnchoredOn(2020, 4, 1).AsOf(2026, 6, 1).WithOption(CipfaRuleSet.CycleOption, "rolling");
}
