namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.UnitTests.Builders;

/// <summary>The issue 11 corrections at their boundaries: the day before, the day, the day after; a quarter hour either side.</summary>
public sealed class NmcCorrectionTests
{
    private readonly NmcRuleSet _rules = new();

    [Theory]
    [InlineData(2024, 2, 29, false)] // the previous renewal date (a leap-year 29 February)
    [InlineData(2024, 3, 1, true)] // the day after: first day of the cycle
    [InlineData(2024, 3, 2, true)]
    public void Evaluate_CycleAfterLeapFebruaryRenewal_StartsOn1March(int year, int month, int day, bool counts)
    {
        var input = A.Input().AnchoredOn(2027, 2, 28).AsOf(2027, 2, 1).With(A.Activity().On(year, month, day).WithHours(35m));

        var result = _rules.Evaluate(input);

        Assert.Equal(new DateOnly(2024, 3, 1), result.Cycle.Start);
        Assert.Equal(new DateOnly(2027, 2, 28), result.Cycle.End);
        Assert.Equal(counts, result.Requirement("cpd-hours").Met);
    }

    [Fact]
    public void GetCycle_RenewalOn29February2028_StartsDayAfter28February2025()
    {
        var cycle = _rules.GetCycle(new DateOnly(2028, 2, 29), new Dictionary<string, string>(), new DateOnly(2027, 6, 1));

        Assert.Equal(new CpdCycle(new DateOnly(2025, 3, 1), new DateOnly(2028, 2, 29), new DateOnly(2028, 2, 1)), cycle);
    }

    [Fact]
    public void GetCycle_NextCycleAfterFebruaryRenewal_EndsOnLastDayOfFebruary()
    {
        var cycle = _rules.GetCycle(new DateOnly(2024, 2, 29), new Dictionary<string, string>(), new DateOnly(2025, 1, 1));

        Assert.Equal(new DateOnly(2024, 3, 1), cycle.Start);
        Assert.Equal(new DateOnly(2027, 2, 28), cycle.End);
    }

    [Fact]
    public void Evaluate_BeforeCorrection_LeapCycleStartedOn29February()
    {
        var result = _rules.Evaluate(A.Input().AnchoredOn(2027, 2, 28).AsOf(2027, 2, 1).BeforeCorrections());

        Assert.Equal(new DateOnly(2024, 2, 29), result.Cycle.Start);
    }

    [Theory]
    [InlineData(2026, 2, 27, false)] // renewal 28 Feb 2027
    [InlineData(2026, 2, 28, false)] // exactly one year before the renewal date
    [InlineData(2026, 3, 1, true)] // the day after: first day of the final year
    [InlineData(2026, 3, 2, true)]
    public void Evaluate_ConfirmationFinalYear_FebruaryRenewal(int year, int month, int day, bool met)
    {
        var input = A.Input().AnchoredOn(2027, 2, 28).AsOf(2027, 1, 15).With(A.Confirmation().On(year, month, day));

        Assert.Equal(met, _rules.Evaluate(input).Requirement("confirmation").Met);
    }

    [Theory]
    [InlineData(2027, 2, 28, false)] // renewal 29 Feb 2028: one year earlier is 28 Feb 2027 (the last day of that February)
    [InlineData(2027, 3, 1, true)]
    public void Evaluate_ConfirmationFinalYear_LeapRenewal(int year, int month, int day, bool met)
    {
        var input = A.Input().AnchoredOn(2028, 2, 29).AsOf(2028, 1, 15).With(A.Confirmation().On(year, month, day));

        Assert.Equal(met, _rules.Evaluate(input).Requirement("confirmation").Met);
    }

    [Fact]
    public void Evaluate_ConfirmationExactlyOneYearEarlier_CountedBeforeCorrection_AndReportedAsChanged()
    {
        var input = A.Input().With(A.Confirmation().On(2026, 3, 31)).Build();
        var now = _rules.Evaluate(input);

        var change = Assert.Single(RuleCorrections.Changes(_rules, input, now));

        Assert.Equal("confirmation", change.Now.Code);
        Assert.True(change.Before.Met);
        Assert.False(change.Now.Met);
        Assert.Contains("day after the renewal date one year earlier", change.Corrections[0].What);
    }

    [Theory]
    [InlineData("2027-03-09", 2027, 3, 9, true)] // submitted on 9 March (extension): the day itself counts
    [InlineData("2027-03-09", 2027, 3, 10, false)] // the day after submission does not
    [InlineData("2027-02-20", 2027, 2, 20, true)]
    [InlineData("2027-02-20", 2027, 2, 21, false)] // submitted early: after that nothing counts
    public void Evaluate_SubmittedOn_ClosesTheRecord(string submittedOn, int year, int month, int day, bool counts)
    {
        var input = A.Input().AsOf(2027, 3, 31).WithOption(NmcRuleSet.SubmittedOnOption, submittedOn)
            .With(A.Activity().On(year, month, day).WithHours(35m));

        Assert.Equal(counts, _rules.Evaluate(input).Requirement("cpd-hours").Met);
    }

    [Theory]
    [InlineData(2027, 2, 28, null)]
    [InlineData(2027, 3, 31, null)]
    [InlineData(2028, 2, 29, null)]
    [InlineData(2027, 3, 30, "2027-03-31")]
    [InlineData(2027, 2, 27, "2027-02-28")]
    [InlineData(2028, 2, 28, "2028-02-29")]
    public void CheckAnchor_RenewalDateMustBeLastDayOfMonth(int year, int month, int day, string? suggested)
    {
        var problem = ((IBodyRuleSet)_rules).CheckAnchor(new DateOnly(year, month, day));

        if (suggested is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(suggested, problem);
        }
    }

    [Fact]
    public void Options_SubmittedOnIsADate() =>
        Assert.Equal(BodyOptionFormat.Date, _rules.Options.Single(o => o.Key == NmcRuleSet.SubmittedOnOption).Format);
}
