namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance.Bodies;
using CpdLog.UnitTests.Builders;

// Judged 1 October 2024: CPD year 1 November 2023 – 31 October 2024, the first under the 2023 rules.
public sealed class IcaewRuleSetTests
{
    private readonly Icaew2023RuleSet _rules = new();

    [Theory]
    [InlineData(2024, 10, 31, 2023)]
    [InlineData(2024, 11, 1, 2024)]
    [InlineData(2023, 11, 1, 2023)]
    public void GetCycle_AnyAnchor_RunsNovemberToOctober(int year, int month, int day, int startYear)
    {
        var cycle = _rules.GetCycle(new DateOnly(2010, 5, 5), new Dictionary<string, string>(), new DateOnly(year, month, day));

        Assert.Equal(new DateOnly(startYear, 11, 1), cycle.Start);
        Assert.Equal(new DateOnly(startYear + 1, 10, 31), cycle.End);
    }

    [Theory]
    [InlineData("1", "true", 40, 30)]
    [InlineData("2", "true", 30, 20)]
    [InlineData("3", "true", 20, 10)]
    [InlineData("1", "false", 40, 15)]
    [InlineData("2", "false", 30, 10)]
    [InlineData("3", "false", 20, 5)]
    public void Evaluate_CategoryAndPractice_UsesTableMinimums(string category, string inPractice, int hours, int verifiable)
    {
        var result = _rules.Evaluate(Input()
            .WithOption(Icaew2023RuleSet.CategoryOption, category)
            .WithOption(Icaew2023RuleSet.InPracticeOption, inPractice));

        Assert.Equal(hours, result.Requirement("cpd-hours").Required);
        Assert.Equal(verifiable, result.Requirement("verifiable-hours").Required);
        Assert.Equal(1m, result.Requirement("ethics-hour").Required);
    }

    [Fact]
    public void Evaluate_NoOptions_DefaultsToCategory3OutsidePractice()
    {
        var result = _rules.Evaluate(Input());

        Assert.Equal(20m, result.Requirement("cpd-hours").Required);
        Assert.Equal(5m, result.Requirement("verifiable-hours").Required);
    }

    [Theory]
    [InlineData(19.75, false)]
    [InlineData(20, true)]
    public void Evaluate_Category3Hours_MetFrom20(double hours, bool met)
    {
        var result = _rules.Evaluate(Input().With(A.Activity().On(2024, 1, 10).WithHours((decimal)hours)));

        Assert.Equal(met, result.Requirement("cpd-hours").Met);
    }

    [Theory]
    [InlineData(0.75, true, true, false)]
    [InlineData(1, true, true, true)]
    [InlineData(1, false, true, false)] // ethics but not verifiable
    [InlineData(1, true, false, false)] // verifiable but not ethics
    public void Evaluate_EthicsHour_NeedsOneVerifiableEthicsHour(double hours, bool verifiable, bool ethics, bool met)
    {
        var activity = A.Activity().On(2024, 1, 10).WithHours((decimal)hours).Verifiable(verifiable);
        if (ethics)
        {
            activity.Ethics();
        }

        var result = _rules.Evaluate(Input().With(activity));

        Assert.Equal(met, result.Requirement("ethics-hour").Met);
    }

    [Fact]
    public void Evaluate_FullCategory3Record_Met()
    {
        var result = _rules.Evaluate(Input().With(
            A.Activity().On(2023, 11, 1).WithHours(14m),
            A.Activity().On(2024, 10, 1).WithHours(6m).Verifiable().Ethics()));

        Assert.True(result.Met);
    }

    [Theory]
    [InlineData("2024-01-15", 15)] // Feb–Oct: 9 whole months; 20 × 9/12 = 15
    [InlineData("2024-01-01", 16.67)] // Jan–Oct: 10 months; 16.666… to the hundredth
    [InlineData("2024-10-01", 1.67)] // October only: 1.666…
    [InlineData("2023-11-02", 18.33)] // Dec–Oct: 11 months; 18.333…
    [InlineData("2024-08-01", 5)] // Aug–Oct: ICAEW's example, category 3 with three months left needs 5 hours
    public void Evaluate_JoinedPartWay_ProRatesByWholeMonthsWithoutRoundingUp(string joinedOn, double hours)
    {
        var result = _rules.Evaluate(Input().WithOption(Icaew2023RuleSet.JoinedOnOption, joinedOn));

        Assert.Equal((decimal)hours, result.Requirement("cpd-hours").Required);
    }

    [Theory]
    [InlineData("2024-01-15", 3.75)] // 5 × 9/12 = 3.75, shown as it is
    [InlineData("2024-01-01", 4.17)] // 4.166…
    [InlineData("2024-10-01", 0.42)] // 0.416…
    [InlineData("2023-11-02", 4.58)] // 4.583…
    public void Evaluate_JoinedPartWay_ProRatesVerifiableHours(string joinedOn, double verifiable)
    {
        var result = _rules.Evaluate(Input().WithOption(Icaew2023RuleSet.JoinedOnOption, joinedOn));

        Assert.Equal((decimal)verifiable, result.Requirement("verifiable-hours").Required);
        Assert.Equal(1m, result.Requirement("ethics-hour").Required);
        Assert.Contains("pro-rata", result.Requirement("cpd-hours").Source);
    }

    [Fact]
    public void Evaluate_JoinedPartWayCategory1InPractice_ProRatesBothThresholds()
    {
        var result = _rules.Evaluate(Input()
            .WithOption(Icaew2023RuleSet.CategoryOption, "1")
            .WithOption(Icaew2023RuleSet.InPracticeOption, "true")
            .WithOption(Icaew2023RuleSet.JoinedOnOption, "2024-01-15"));

        Assert.Equal(30m, result.Requirement("cpd-hours").Required); // 40 × 9/12
        Assert.Equal(22.5m, result.Requirement("verifiable-hours").Required); // 30 × 9/12
    }

    [Theory]
    [InlineData("2023-11-01")] // joined on the first day of the year
    [InlineData("2019-06-01")] // joined in an earlier year
    [InlineData("not-a-date")]
    [InlineData("")]
    public void Evaluate_NotAJoinerThisYear_FullRequirement(string joinedOn)
    {
        var result = _rules.Evaluate(Input().WithOption(Icaew2023RuleSet.JoinedOnOption, joinedOn));

        Assert.Equal(20m, result.Requirement("cpd-hours").Required);
        Assert.DoesNotContain("pro-rata", result.Requirement("cpd-hours").Source);
    }

    [Fact]
    public void Evaluate_JoinedInFinalPartMonth_NothingRequired()
    {
        var result = _rules.Evaluate(Input().AsOf(2024, 10, 31).WithOption(Icaew2023RuleSet.JoinedOnOption, "2024-10-20"));

        Assert.True(result.Met);
        Assert.All(result.Requirements, r => Assert.Equal(0m, r.Required));
    }

    [Fact]
    public void EvaluateRaid_ActivityAndReflection_Met()
    {
        var raid = new IcaewRaidRuleSet();
        var input = A.Input().AsOf(2023, 6, 1).With(A.Activity().On(2023, 2, 1)).With(A.Reflection().On(2023, 3, 1)).Build();

        var result = raid.Evaluate(input);

        Assert.True(result.Met);
        Assert.Equal("raid", result.RuleVersion);
        Assert.Equal(["activity", "reflection"], result.Requirements.Select(r => r.Code));
    }

    [Fact]
    public void EvaluateRaid_NoReflection_NotMet()
    {
        var result = new IcaewRaidRuleSet().Evaluate(A.Input().AsOf(2023, 6, 1).With(A.Activity().On(2023, 2, 1)));

        Assert.False(result.Requirement("reflection").Met);
    }

    private static ComplianceInputBuilder Input() => A.Input().AnchoredOn(2010, 5, 5).AsOf(2024, 10, 1);
}
