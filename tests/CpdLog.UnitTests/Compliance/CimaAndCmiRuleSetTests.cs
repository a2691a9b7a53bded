namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Bodies;
using CpdLog.UnitTests.Builders;

// CIMA and CMI share the "activity with a linked reflection" test; CIMA requires it, CMI only advises it.
public sealed class CimaAndCmiRuleSetTests
{
    [Fact]
    public void GetCycle_AnchorIsCpdYearStart_TwelveMonthsFromAnchorAnniversary()
    {
        var cycle = new CimaRuleSet().GetCycle(new DateOnly(2018, 9, 15), new Dictionary<string, string>(), new DateOnly(2026, 6, 1));

        Assert.Equal(new CpdCycle(new DateOnly(2025, 9, 15), new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 14)), cycle);
    }

    [Fact]
    public void GetCycle_LeapDayAnchor_UsesFebruary28InOtherYears()
    {
        var cycle = new CmiRuleSet().GetCycle(new DateOnly(2024, 2, 29), new Dictionary<string, string>(), new DateOnly(2026, 6, 1));

        Assert.Equal(new DateOnly(2026, 2, 28), cycle.Start);
        Assert.Equal(new DateOnly(2027, 2, 27), cycle.End);
    }

    [Fact]
    public void EvaluateCima_ActivityWithLinkedReflection_Met()
    {
        var activity = A.Activity().On(2026, 3, 1).Build();

        var result = new CimaRuleSet().Evaluate(Input().With(activity).With(A.Reflection().On(2026, 3, 2).About(activity)));

        Assert.True(result.Met);
    }

    [Fact]
    public void EvaluateCima_ReflectionNotLinked_NotMet()
    {
        var result = new CimaRuleSet().Evaluate(Input().With(A.Activity().On(2026, 3, 1)).With(A.Reflection().On(2026, 3, 2)));

        var requirement = result.Requirement("cpd-cycle");
        Assert.False(result.Met);
        Assert.Equal(
            "Complete the CPD cycle once: log an activity and write a reflection linked to it, before 31 December 2026.",
            requirement.NextStep);
    }

    [Fact]
    public void EvaluateCima_LinkedActivityPlannedOrDeleted_NotMet()
    {
        var planned = A.Activity().On(2026, 3, 1).Planned().Build();
        var deleted = A.Activity().On(2026, 3, 1).Deleted().Build();

        var result = new CimaRuleSet().Evaluate(Input()
            .With(planned, deleted)
            .With(A.Reflection().On(2026, 3, 2).About(planned), A.Reflection().On(2026, 3, 2).About(deleted)));

        Assert.False(result.Met);
    }

    [Fact]
    public void EvaluateCima_LinkedReflectionDeleted_NotMet()
    {
        var activity = A.Activity().On(2026, 3, 1).Build();

        var result = new CimaRuleSet().Evaluate(Input().With(activity).With(A.Reflection().On(2026, 3, 2).About(activity).Deleted()));

        Assert.False(result.Met);
    }

    [Fact]
    public void EvaluateCmi_NoReflectedActivity_WarningNotFailure()
    {
        var result = new CmiRuleSet().Evaluate(Input());

        var requirement = result.Requirement("cpd-record");
        Assert.Equal(RequirementSeverity.Advisory, requirement.Severity);
        Assert.Equal("warning", result.StatusOf(requirement).Code());
        Assert.True(result.Met);
        Assert.True(result.HasWarnings);
    }

    [Fact]
    public void EvaluateCmi_ActivityWithLinkedReflection_NoWarning()
    {
        var activity = A.Activity().On(2026, 3, 1).Build();

        var result = new CmiRuleSet().Evaluate(Input().With(activity).With(A.Reflection().On(2026, 3, 1).About(activity)));

        Assert.False(result.HasWarnings);
    }

    private static ComplianceInputBuilder Input() => A.Input().AnchoredOn(2019, 1, 1).AsOf(2026, 6, 1);
}
