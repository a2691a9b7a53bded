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

    [Theory]
    [InlineData(50, 30, 9)] // total over 40: the 9 verifiable units beyond 21 are carried
    [InlineData(80, 70, 21)] // at most 21
    [InlineData(45, 20, 0)] // no verifiable units beyond 21
    [InlineData(40, 40, 0)] // 40 exactly is not "exceeded"
    public void Evaluate_LastYearOver40_CarriesExcessVerifiableUnits(double lastTotal, double lastVerifiable, double carried)
    {
        var result = _rules.Evaluate(Input().With(
            A.Activity().On(2025, 3, 1).WithHours((decimal)lastVerifiable).Verifiable(),
            A.Activity().On(2025, 4, 1).WithHours((decimal)(lastTotal - lastVerifiable)),
            A.Activity().WithHours(12m).Verifiable()));

        Assert.Equal(12m + (decimal)carried, result.Requirement("verifiable-units").Achieved);
        Assert.Equal(12m + (decimal)carried, result.Requirement("cpd-units").Achieved);
        Assert.Equal(carried > 0, result.Requirement("verifiable-units").Title.Contains("carried forward from 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_CarryForward_MeetsTheVerifiableTargetWithThisYearsUnits()
    {
        var result = _rules.Evaluate(Input().With(
            A.Activity().On(2025, 6, 1).WithHours(42m).Verifiable(),
            A.Activity().WithHours(10m).Verifiable(),
            A.Activity().WithHours(20m)));

        Assert.Equal("Verifiable CPD units (including 21 units carried forward from 2025)", result.Requirement("verifiable-units").Title);
        Assert.True(result.Requirement("verifiable-units").Met);
        Assert.True(result.Requirement("cpd-units").Met); // 10 + 20 + 21 carried
    }

    [Fact]
    public void Evaluate_NoCarryForward_FromTheFirstYearOfMembership_OrOnAnApprovedRoute()
    {
        var lastYear = A.Activity().On(2025, 6, 1).WithHours(60m).Verifiable();

        var firstYear = _rules.Evaluate(A.Input().AnchoredOn(2025, 2, 1).AsOf(2026, 11, 1).With(lastYear));
        var employer = _rules.Evaluate(Input().WithOption(AccaRuleSet.RouteOption, "employer").With(lastYear));

        Assert.Equal(0m, firstYear.Requirement("verifiable-units").Achieved);
        Assert.Equal(0m, employer.Requirement("verifiable-units").Achieved);
    }

    [Fact]
    public void Evaluate_UnitsCarriedIntoLastYear_AreNotCarriedAgain()
    {
        // 2024: 60 verifiable (21 carried into 2025). 2025: nothing logged. 2026: nothing carried.
        var result = _rules.Evaluate(Input().With(A.Activity().On(2024, 6, 1).WithHours(60m).Verifiable()));

        Assert.Equal(0m, result.Requirement("verifiable-units").Achieved);
    }

    private static ComplianceInputBuilder Input() => A.Input().AnchoredOn(2015, 9, 1).AsOf(2026, 11, 1);
}
