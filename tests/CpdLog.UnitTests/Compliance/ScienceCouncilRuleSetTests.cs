namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.Core.Records;
using CpdLog.UnitTests.Builders;

public sealed class ScienceCouncilRuleSetTests
{
    private readonly ScienceCouncilRuleSet _rules = new();

    [Fact]
    public void GetCycle_AnyAnchor_CalendarYearDeclaredBy31December()
    {
        var cycle = _rules.GetCycle(new DateOnly(2017, 5, 1), new Dictionary<string, string>(), new DateOnly(2026, 2, 1));

        Assert.Equal(new CpdCycle(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31)), cycle);
    }

    [Theory]
    [InlineData(1, "on-track", false)] // issue 14: one of three in June is on pace (was "not-met")
    [InlineData(2, "warning", true)]
    [InlineData(3, "met", true)]
    [InlineData(5, "met", true)]
    public void Evaluate_DistinctCategories_ThreeMetTwoWarningOneFails(int categories, string status, bool overall)
    {
        var activities = Enumerable.Range(0, categories).Select(i => A.Activity().On(2026, 3, 1).OfType((ActivityType)i).Build()).ToArray();

        var result = _rules.Evaluate(Input().With(activities).With(A.Reflection().On(2026, 3, 1)));

        Assert.Equal(status, result.StatusOf("activity-categories"));
        Assert.Equal(overall, result.Met);
    }

    [Fact]
    public void Evaluate_NoReflection_ReflectiveRecordNotMet()
    {
        var result = _rules.Evaluate(Input());

        Assert.False(result.Requirement("reflective-record").Met);
    }

    [Fact]
    public void Evaluate_ThirdCategoryOnlyPlanned_StillTwo()
    {
        var result = _rules.Evaluate(Input().With(
            A.Activity().On(2026, 3, 1).OfType(ActivityType.WorkBasedLearning),
            A.Activity().On(2026, 3, 1).OfType(ActivityType.ProfessionalActivity),
            A.Activity().On(2026, 3, 1).OfType(ActivityType.SelfDirectedLearning).Planned()));

        Assert.Equal(2m, result.Requirement("activity-categories").Achieved);
    }

    private static ComplianceInputBuilder Input() => A.Input().AnchoredOn(2017, 5, 1).AsOf(2026, 6, 1);
}
