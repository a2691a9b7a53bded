namespace CpdLog.Portfolio.Tests;

using static CpdLog.Portfolio.Tests.Builders;

public class ActivityGapsTests
{
    private static readonly DateOnly Start = D(2024, 1, 1);
    private static readonly DateOnly End = D(2024, 12, 31);
    private static readonly DateOnly Later = D(2026, 1, 1);

    private static IReadOnlyList<CpdLog.Core.Compliance.CpdGap> Find((DateOnly, DateOnly)[] spans, DateOnly? today = null) =>
        CpdLog.Core.Compliance.ContinuousRecord.Gaps(spans, Start, End, today ?? Later);

    [Fact]
    public void Find_GapJustUnderThreeMonths_NotReported() =>
        Assert.Empty(Find([(D(2024, 1, 1), D(2024, 1, 1)), (D(2024, 4, 1), D(2024, 4, 1)), (D(2024, 6, 30), D(2024, 6, 30)), (D(2024, 9, 30), D(2024, 12, 31))]));

    [Fact]
    public void Find_ExactlyThreeMonthsBetween_Reported()
    {
        // Activities on 1 Jan and 2 Apr leave 2 Jan to 1 Apr empty: three whole months.
        var gaps = Find([(D(2024, 1, 1), D(2024, 1, 1)), (D(2024, 4, 2), D(2024, 12, 31))]);

        var gap = Assert.Single(gaps);
        Assert.Equal((D(2024, 1, 2), D(2024, 4, 1)), (gap.From, gap.To));
        Assert.Equal(3, gap.WholeMonths);
    }

    [Fact]
    public void Find_NoActivities_WholePeriodIsOneGap() =>
        Assert.Equal(12, Assert.Single(Find([])).WholeMonths);

    [Fact]
    public void Find_OverlappingLongActivity_CoversLaterShortOnes() =>
        Assert.Empty(Find([(D(2024, 1, 1), D(2024, 12, 31)), (D(2024, 2, 1), D(2024, 2, 2))]));

    [Fact]
    public void Find_PeriodRunsPastToday_GapStopsAtToday()
    {
        var gap = Assert.Single(Find([(D(2024, 1, 1), D(2024, 1, 1))], today: D(2024, 6, 15)));

        Assert.Equal((D(2024, 1, 2), D(2024, 6, 15)), (gap.From, gap.To));
    }
}
