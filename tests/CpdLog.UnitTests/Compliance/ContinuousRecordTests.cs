namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.Core.Records;
using CpdLog.UnitTests.Builders;

public sealed class ContinuousRecordTests
{
    private static readonly DateOnly From = new(2024, 9, 1);
    private static readonly DateOnly To = new(2026, 8, 31);

    private static GapExplanation Explain(DateOnly from, DateOnly to, string reason = "Parental leave") =>
        new() { OwnerId = "user-1", From = from, To = to, Reason = reason, IsPrivate = true };

    [Theory]
    [InlineData(2024, 12, 1, false)] // 2 Sep – 30 Nov: a day short of three months
    [InlineData(2024, 12, 2, true)] // 2 Sep – 1 Dec: three months
    [InlineData(2024, 12, 3, true)]
    public void Gaps_ThreeMonthBoundary(int year, int month, int day, bool gap)
    {
        var gaps = ContinuousRecord.Gaps([(From, From), (new DateOnly(year, month, day), To)], From, To, To);

        Assert.Equal(gap, gaps.Count == 1);
    }

    [Fact]
    public void Gaps_ActivitySpanCoversItsDays()
    {
        // A course from 1 September to 30 November leaves no gap, although its end dates alone would.
        var gaps = ContinuousRecord.Gaps([(From, new DateOnly(2024, 11, 30)), (new DateOnly(2025, 1, 1), To)], From, To, To);

        Assert.Empty(gaps);
    }

    [Theory]
    [InlineData(2024, 11, 30, 0)] // today a day before the three months are up: no gap yet
    [InlineData(2024, 12, 1, 1)] // today: the run 2 Sep – 1 Dec is three months
    public void Gaps_NeverRunIntoTheFuture(int year, int month, int day, int count)
    {
        var today = new DateOnly(year, month, day);

        var gaps = ContinuousRecord.Gaps([(From, From)], From, To, today);

        Assert.Equal(count, gaps.Count);
        Assert.All(gaps, g => Assert.True(g.To <= today));
    }

    [Fact]
    public void Gaps_ExplanationCoveringTheGap_Explains()
    {
        var gap = Assert.Single(ContinuousRecord.Gaps([(From, From), (new DateOnly(2025, 6, 1), To)], From, To, To,
            [Explain(new DateOnly(2024, 9, 2), new DateOnly(2025, 5, 31))]));

        Assert.True(gap.Explained);
        Assert.Equal("Parental leave", Assert.Single(gap.Explanations).Reason);
    }

    [Theory]
    [InlineData(2025, 2, 28, false)] // leaves 1 Mar – 31 May unexplained: three months, still a gap
    [InlineData(2025, 3, 1, true)] // leaves 2 Mar – 31 May: under three months, explained
    [InlineData(2025, 3, 2, true)]
    public void Gaps_PartialExplanation_ExplainedWhenNoLongRunRemains(int year, int month, int day, bool explained)
    {
        var gap = Assert.Single(ContinuousRecord.Gaps([(From, From), (new DateOnly(2025, 6, 1), To)], From, To, To,
            [Explain(new DateOnly(2024, 9, 2), new DateOnly(year, month, day))]));

        Assert.Equal(explained, gap.Explained);
        Assert.Single(gap.Explanations);
    }

    [Fact]
    public void Gaps_DeletedExplanation_IsIgnored()
    {
        var explanation = Explain(new DateOnly(2024, 9, 2), new DateOnly(2025, 5, 31));
        explanation.MoveToBin(A.Timestamp);

        var gap = Assert.Single(ContinuousRecord.Gaps([(From, From), (new DateOnly(2025, 6, 1), To)], From, To, To, [explanation]));

        Assert.False(gap.Explained);
        Assert.Empty(gap.Explanations);
    }

    [Fact]
    public void HcpcRuleSet_ExplainedGap_MeetsContinuousRecord_AndResultCarriesGaps()
    {
        var input = A.Input().AnchoredOn(2026, 8, 31).AsOf(2025, 9, 1)
            .With(A.Activity().On(2024, 9, 1), A.Activity().On(2025, 6, 1), A.Activity().On(2025, 8, 1).OfType(ActivityType.WorkBasedLearning))
            .With(Explain(new DateOnly(2024, 9, 2), new DateOnly(2025, 5, 31), "Illness"));

        var result = new HcpcRuleSet().Evaluate(input);

        Assert.True(result.Requirement("continuous-record").Met);
        Assert.Equal(0m, result.Requirement("continuous-record").Achieved);
        var gap = Assert.Single(result.Gaps);
        Assert.True(gap.Explained);
        Assert.DoesNotContain("Illness", result.Requirement("continuous-record").NextStep);
    }

    [Fact]
    public void HcpcRuleSet_SpanCorrection_IsReportedWhenItChangesTheResult()
    {
        var rules = new HcpcRuleSet();
        var input = A.Input().AnchoredOn(2026, 8, 31).AsOf(2025, 1, 15)
            .With(A.Activity().Spanning(new DateOnly(2024, 9, 1), new DateOnly(2024, 12, 15)), A.Activity().On(2025, 1, 1)).Build();

        var change = Assert.Single(RuleCorrections.Changes(rules, input, rules.Evaluate(input)));

        Assert.False(change.Before.Met);
        Assert.True(change.Now.Met);
    }

    [Fact]
    public void ActivityGaps_PortfolioAndRuleSet_AgreeOnTheSameRecords()
    {
        var activities = new[] { A.Activity().On(2024, 9, 1).Build(), A.Activity().On(2025, 3, 1).Build() };
        var today = new DateOnly(2025, 9, 1);
        var cycle = new HcpcRuleSet().GetCycle(new DateOnly(2026, 8, 31), new Dictionary<string, string>(), today);

        var fromRules = HcpcRuleSet.GapsIn(cycle, today, activities, []);
        var fromPortfolio = CpdLog.Core.Portfolio.ActivityGaps.Find(activities, new(cycle.Start, cycle.End), today);

        Assert.Equal(fromRules.Select(g => (g.From, g.To)), fromPortfolio.Select(g => (g.From, g.To)));
        Assert.Equal(2, fromRules.Count);
        Assert.Equal(today, fromRules[^1].To);
    }
}
