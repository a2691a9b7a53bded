namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.UnitTests.Builders;

public sealed class IcaewProRataTests
{
    private readonly Icaew2023RuleSet _rules = new();

    [Theory]
    [InlineData(2.25, false)] // a quarter hour under ICAEW's 2.5
    [InlineData(2.5, true)] // ICAEW's worked example: 10 verifiable hours, three months left = 2.5
    [InlineData(2.75, true)] // a quarter hour over
    public void Evaluate_IcaewWorkedExample_ThreeMonthsLeft(decimal verifiable, bool met)
    {
        var input = A.Input().AnchoredOn(2010, 5, 5).AsOf(2024, 10, 31)
            .WithOption(Icaew2023RuleSet.CategoryOption, "2")
            .WithOption(Icaew2023RuleSet.JoinedOnOption, "2024-08-01")
            .With(A.Activity().On(2024, 9, 1).WithHours(verifiable).Verifiable().Ethics(), A.Activity().On(2024, 9, 2).WithHours(5m));

        var result = _rules.Evaluate(input);

        Assert.Equal(7.5m, result.Requirement("cpd-hours").Required); // 30 × 3/12
        Assert.Equal(2.5m, result.Requirement("verifiable-hours").Required); // category 2 outside practice: 10 × 3/12
        Assert.Equal(met, result.Requirement("verifiable-hours").Met);
    }

    [Theory]
    [InlineData(3.5, false)] // a quarter hour under 3.75
    [InlineData(3.75, true)] // 5 × 9/12, shown as 3.75 (not rounded up to 4)
    [InlineData(4.0, true)]
    public void Evaluate_ThreePointSevenFive_IsShownAndJudgedExactly(decimal verifiable, bool met)
    {
        var input = A.Input().AnchoredOn(2010, 5, 5).AsOf(2024, 10, 31)
            .WithOption(Icaew2023RuleSet.JoinedOnOption, "2024-01-15")
            .With(A.Activity().On(2024, 9, 1).WithHours(verifiable).Verifiable());

        var requirement = _rules.Evaluate(input).Requirement("verifiable-hours");

        Assert.Equal(3.75m, requirement.Required);
        Assert.Equal(met, requirement.Met);
    }

    [Theory]
    [InlineData(2023, 10, 31, 20)] // anchor before the CPD year: full year
    [InlineData(2023, 11, 1, 20)] // anchor on the first day of the CPD year: full year
    [InlineData(2023, 11, 2, 18.33)] // the day after: December to October, 11 months
    [InlineData(2024, 8, 1, 5)] // three months left
    [InlineData(2024, 8, 2, 3.33)] // two whole months left
    public void Evaluate_BlankJoinedOn_UsesMembershipStartDate(int year, int month, int day, double hours)
    {
        var result = _rules.Evaluate(A.Input().AnchoredOn(year, month, day).AsOf(2024, 10, 1));

        Assert.Equal((decimal)hours, result.Requirement("cpd-hours").Required);
    }

    [Fact]
    public void Evaluate_JoinedOnGiven_WinsOverMembershipStartDate()
    {
        var result = _rules.Evaluate(A.Input().AnchoredOn(2024, 8, 1).AsOf(2024, 10, 1).WithOption(Icaew2023RuleSet.JoinedOnOption, "2023-10-01"));

        Assert.Equal(20m, result.Requirement("cpd-hours").Required);
    }

    [Fact]
    public void Evaluate_BeforeCorrection_RoundedUpAndIgnoredAnchor()
    {
        var input = A.Input().AnchoredOn(2024, 8, 1).AsOf(2024, 10, 1).Build();
        var changes = RuleCorrections.Changes(_rules, input, _rules.Evaluate(input));

        var hours = changes.Single(c => c.Now.Code == "cpd-hours");
        Assert.Equal(20m, hours.Before.Required);
        Assert.Equal(5m, hours.Now.Required);
    }
}
