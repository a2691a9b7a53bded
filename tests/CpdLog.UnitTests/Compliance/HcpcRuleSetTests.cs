namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.Core.Records;
using CpdLog.UnitTests.Builders;

// Renewal date 31 August 2026: cycle 1 September 2024 – 31 August 2026.
public sealed class HcpcRuleSetTests
{
    private static readonly DateOnly CycleStart = new(2024, 9, 1);
    private readonly HcpcRuleSet _rules = new();

    [Fact]
    public void GetCycle_RenewalDateAnchor_TwoYearsEndingOnRenewalDate()
    {
        var cycle = _rules.GetCycle(new DateOnly(2026, 8, 31), new Dictionary<string, string>(), new DateOnly(2025, 1, 10));

        Assert.Equal(new CpdCycle(CycleStart, new DateOnly(2026, 8, 31), new DateOnly(2026, 8, 31)), cycle);
    }

    [Fact]
    public void GetCycle_LeapDayAnchor_PreviousRenewalClampedTo28February()
    {
        var cycle = _rules.GetCycle(new DateOnly(2028, 2, 29), new Dictionary<string, string>(), new DateOnly(2027, 1, 1));

        Assert.Equal(new DateOnly(2026, 3, 1), cycle.Start);
        Assert.Equal(new DateOnly(2028, 2, 29), cycle.End);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void Evaluate_DistinctActivityTypes_MetFromTwo(int types, bool met)
    {
        var activities = Enumerable.Range(0, types)
            .Select(i => A.Activity().On(2024, 9, 1).OfType((ActivityType)i).Build())
            .Append(A.Activity().On(2024, 9, 1).OfType(ActivityType.WorkBasedLearning).Build())
            .ToArray();

        var result = _rules.Evaluate(Input(new DateOnly(2024, 10, 1)).With(activities));

        Assert.Equal(met, result.Requirement("activity-types").Met);
        Assert.Equal(types, (int)result.Requirement("activity-types").Achieved);
    }

    [Fact]
    public void Evaluate_SecondTypeOnlyPlannedOrDeleted_CountsOneType()
    {
        var result = _rules.Evaluate(Input(new DateOnly(2024, 10, 1)).With(
            A.Activity().On(CycleStart).OfType(ActivityType.FormalEducational),
            A.Activity().On(CycleStart).OfType(ActivityType.SelfDirectedLearning).Planned(),
            A.Activity().On(CycleStart).OfType(ActivityType.WorkBasedLearning).Deleted()));

        Assert.False(result.Requirement("activity-types").Met);
    }

    [Fact]
    public void Evaluate_NextActivityExactlyThreeMonthsLater_NoGap()
    {
        var result = _rules.Evaluate(Input(new DateOnly(2025, 1, 15)).With(
            A.Activity().On(2024, 9, 1),
            A.Activity().On(2024, 12, 1)));

        var requirement = result.Requirement("continuous-record");
        Assert.True(requirement.Met);
        Assert.Equal(0m, requirement.Achieved);
    }

    [Fact]
    public void Evaluate_NextActivityThreeMonthsAndADayLater_ReportsGapWithDates()
    {
        var result = _rules.Evaluate(Input(new DateOnly(2025, 1, 15)).With(
            A.Activity().On(2024, 9, 1),
            A.Activity().On(2024, 12, 2)));

        var requirement = result.Requirement("continuous-record");
        Assert.False(requirement.Met);
        Assert.Equal(1m, requirement.Achieved);
        Assert.Equal(
            "Your record has 1 unexplained gap of 3 months or more (2 September 2024 to 1 December 2024). " +
            "Log the CPD you did in that time, or add an explanation of the gap (for example parental leave or illness).",
            requirement.NextStep);
    }

    [Fact]
    public void Evaluate_MonthEndActivities_GapMeasuredInCalendarMonths()
    {
        // 30 Nov → 28 Feb leaves 1 Dec – 27 Feb empty: under 3 months. 30 Nov → 1 Mar leaves 1 Dec – 28 Feb: 3 months.
        var ok = _rules.Evaluate(Input(new DateOnly(2025, 3, 15)).With(A.Activity().On(CycleStart), A.Activity().On(2024, 10, 1),
            A.Activity().On(2024, 11, 30), A.Activity().On(2025, 2, 28)));
        var gap = _rules.Evaluate(Input(new DateOnly(2025, 3, 15)).With(A.Activity().On(CycleStart), A.Activity().On(2024, 10, 1),
            A.Activity().On(2024, 11, 30), A.Activity().On(2025, 3, 1)));

        Assert.True(ok.Requirement("continuous-record").Met);
        Assert.False(gap.Requirement("continuous-record").Met);
    }

    [Theory]
    [InlineData(2024, 11, 30, true)] // 1 Sep – 29 Nov empty: under 3 months
    [InlineData(2024, 12, 1, false)] // 1 Sep – 30 Nov empty: 3 whole months
    public void Evaluate_FirstActivityAfterCycleStart_LeadingGapCounts(int year, int month, int day, bool met)
    {
        var result = _rules.Evaluate(Input(new DateOnly(2024, 12, 15)).With(A.Activity().On(year, month, day)));

        Assert.Equal(met, result.Requirement("continuous-record").Met);
    }

    [Theory]
    [InlineData(2024, 11, 30, true)] // 2 Sep – 30 Nov without activity so far
    [InlineData(2024, 12, 1, false)] // 2 Sep – 1 Dec: 3 months without activity
    public void Evaluate_NothingLoggedSinceLastActivity_TrailingGapUpToAsOf(int year, int month, int day, bool met)
    {
        var result = _rules.Evaluate(Input(new DateOnly(year, month, day)).With(A.Activity().On(CycleStart)));

        Assert.Equal(met, result.Requirement("continuous-record").Met);
    }

    [Fact]
    public void Evaluate_EmptyRecordEarlyInCycle_NoGapYet()
    {
        Assert.True(_rules.Evaluate(Input(new DateOnly(2024, 11, 1))).Requirement("continuous-record").Met);
    }

    [Fact]
    public void Evaluate_PlannedAndDeletedActivities_DoNotFillGaps()
    {
        var result = _rules.Evaluate(Input(new DateOnly(2025, 1, 15)).With(
            A.Activity().On(2024, 9, 1),
            A.Activity().On(2024, 10, 15).Planned(),
            A.Activity().On(2024, 11, 1).Deleted(),
            A.Activity().On(2025, 1, 1)));

        Assert.False(result.Requirement("continuous-record").Met);
    }

    [Fact]
    public void Evaluate_TwoGaps_CountsAndListsBoth()
    {
        var result = _rules.Evaluate(Input(new DateOnly(2025, 9, 1)).With(
            A.Activity().On(2024, 9, 1),
            A.Activity().On(2025, 1, 1),
            A.Activity().On(2025, 3, 1),
            A.Activity().On(2025, 8, 1)));

        var requirement = result.Requirement("continuous-record");
        Assert.Equal(2m, requirement.Achieved);
        Assert.Contains("2 unexplained gaps", requirement.NextStep);
        Assert.Contains("2 September 2024 to 31 December 2024; 2 March 2025 to 31 July 2025", requirement.NextStep);
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void Evaluate_ActivityCount_IsAdvisoryFromTwelve(int count, bool met)
    {
        var result = _rules.Evaluate(Input(new DateOnly(2024, 10, 1))
            .With(A.Activity().On(CycleStart).OfType(ActivityType.WorkBasedLearning))
            .WithMany(count - 1, () => A.Activity().On(CycleStart)));

        var requirement = result.Requirement("activity-count");
        Assert.Equal(met, requirement.Met);
        Assert.Equal(RequirementSeverity.Advisory, requirement.Severity);
        Assert.True(result.Met); // advisory shortfall is a warning, not a failure
        Assert.Equal(!met, result.HasWarnings);
    }

    [Fact]
    public void Evaluate_NoHoursRequirement_ReportsOnlyThreeCodes()
    {
        var result = _rules.Evaluate(Input(new DateOnly(2024, 10, 1)));

        Assert.Equal(["activity-types", "continuous-record", "activity-count"], result.Requirements.Select(r => r.Code));
    }

    private static ComplianceInputBuilder Input(DateOnly asOf) => A.Input().AnchoredOn(2026, 8, 31).AsOf(asOf);
}
