namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.Core.Records;
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
