namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.UnitTests.Builders;

public sealed class AccaRuleSetTests
{
    private readonly AccaRuleSet _rules = new();

    [Fact]
    public void GetCycle_AnyAnchor_IsCalendarYear()
    {
        var cycle = _rules.GetCycle(new DateOnly(2015, 9, 1), new Dictionary<string, string>(), new DateOnly(2026, 12, 31));

        Assert.Equal(new DateOnly(2026, 1, 1), cycle.Start);
        Assert.Equal(new DateOnly(2026, 12, 31), cycle.End);
    }

    [Theory]
    [InlineData(39.5, false)]
    [InlineData(40, true)]
    public void Evaluate_UnitRouteTotalUnits_MetFrom40(double units, bool met)
    {
        var result = _rules.Evaluate(Input().With(A.Activity().WithHours((decimal)units)));

        Assert.Equal(met, result.Requirement("cpd-units").Met);
        Assert.Equal(RequirementSeverity.Required, result.Requirement("cpd-units").Severity);
    }

    [Theory]
    [InlineData(20.5, false)]
    [InlineData(21, true)]
    public void Evaluate_UnitRouteVerifiableUnits_MetFrom21(double units, bool met)
    {
        var result = _rules.Evaluate(Input().With(A.Activity().WithHours((decimal)units).Verifiable(), A.Activity().WithHours(19m)));

        Assert.Equal(met, result.Requirement("verifiable-units").Met);
        Assert.Equal(met, result.Met);
    }

    [Fact]
    public void Evaluate_NonVerifiableUnits_CountTowardTotalOnly()
    {
        var result = _rules.Evaluate(Input().With(A.Activity().WithHours(40m)));

        Assert.True(result.Requirement("cpd-units").Met);
        Assert.Equal(0m, result.Requirement("verifiable-units").Achieved);
        Assert.Equal("Log 21 more verifiable units before 31 December 2026.", result.Requirement("verifiable-units").NextStep);
    }

    [Theory]
    [InlineData("employer")]
    [InlineData("IFAC")]
    public void Evaluate_ApprovedRouteShortfall_IsWarningNotFailure(string route)
    {
        var result = _rules.Evaluate(Input().WithOption(AccaRuleSet.RouteOption, route));

        Assert.True(result.Met);
        Assert.True(result.HasWarnings);
        Assert.All(result.Requirements, r => Assert.Equal(RequirementSeverity.Advisory, r.Severity));
        Assert.Contains("declare compliance in myACCA", result.Requirement("cpd-units").NextStep);
    }

    [Fact]
    public void Evaluate_UnknownRoute_FallsBackToUnitRoute()
    {
        var result = _rules.Evaluate(Input().WithOption(AccaRuleSet.RouteOption, "waiver-please"));

        Assert.False(result.Met);
    }

    [Fact]
    public void Evaluate_LastYearsUnits_DoNotCount()
    {
        var result = _rules.Evaluate(Input().With(A.Activity().On(2025, 12, 31).WithHours(40m).Verifiable()));

        Assert.Equal(0m, result.Requirement("cpd-units").Achieved);
    }

    private static ComplianceInputBuilder Input() => A.Input().AnchoredOn(2015, 9, 1).AsOf(2026, 11, 1);
}
