namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.UnitTests.Builders;

public sealed class AccaAdmissionTests
{
    private readonly AccaRuleSet _rules = new();

    [Theory]
    [InlineData(2026, 3, 15, true, "starts 1 January 2027")] // admitted this year: no requirement
    [InlineData(2026, 12, 31, true, "starts 1 January 2027")] // admitted on the last day of the year
    [InlineData(2025, 12, 31, false, null)] // admitted last year: this is the first CPD year
    public void Evaluate_AdmissionYear_HasNoRequirement(int year, int month, int day, bool met, string? title)
    {
        var result = _rules.Evaluate(A.Input().AnchoredOn(year, month, day).AsOf(2026, 12, 31));

        var units = result.Requirement("cpd-units");
        Assert.Equal(met, units.Met);
        Assert.Equal(met, result.Met);
        if (title is not null)
        {
            Assert.Contains(title, units.Title);
            Assert.Equal(0m, units.Required);
            Assert.Equal(0m, result.Requirement("verifiable-units").Required);
        }
        else
        {
            Assert.Equal(40m, units.Required);
        }
    }

    [Fact]
    public void Evaluate_AdmissionYear_BeforeCorrection_WasNotMet_AndChangeIsReported()
    {
        var input = A.Input().AnchoredOn(2026, 3, 15).AsOf(2026, 12, 31).Build();

        var changes = RuleCorrections.Changes(_rules, input, _rules.Evaluate(input));

        Assert.Equal(["cpd-units", "verifiable-units"], changes.Select(c => c.Now.Code));
        Assert.All(changes, c => Assert.False(c.Before.Met));
    }

    [Theory]
    [InlineData(2024, 12, 31, 9)] // admitted 2024; 2025 was the first CPD year, so its excess carries into 2026
    [InlineData(2025, 1, 1, 0)] // admitted 2025: 2025 had no requirement, nothing to carry into 2026 (first CPD year)
    [InlineData(2025, 12, 31, 0)]
    public void Evaluate_CarryForward_FromTheFirstCpdYearOnly(int year, int month, int day, int carried)
    {
        var input = A.Input().AnchoredOn(year, month, day).AsOf(2026, 6, 1)
            .With(A.Activity().On(2025, 6, 1).WithHours(30m).Verifiable(), A.Activity().On(2025, 7, 1).WithHours(20m));

        var units = _rules.Evaluate(input).Requirement("cpd-units");

        Assert.Equal(carried, units.Achieved);
    }
}
