namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance;

public sealed class ComplianceResultTests
{
    private static readonly CpdCycle Cycle = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 1));

    [Fact]
    public void Met_OnlyAdvisoryShortfall_TrueWithWarning()
    {
        var result = Result(Requirement("a", true, RequirementSeverity.Required), Requirement("b", false, RequirementSeverity.Advisory));

        Assert.True(result.Met);
        Assert.True(result.HasWarnings);
        Assert.Equal("warning", result.StatusOf(result.Find("b")!).Code());
    }

    [Fact]
    public void Met_RequiredShortfall_FalseAndNotMetStatus()
    {
        // Issue 14: "not-met" now means the deadline has passed unmet, so the judgement date is the day after it.
        var result = Result(Requirement("a", false, RequirementSeverity.Required)) with { AsOf = Cycle.Deadline.AddDays(1) };

        Assert.False(result.Met);
        Assert.False(result.HasWarnings);
        Assert.Equal("not-met", result.StatusOf(result.Find("a")!).Code());
    }

    [Fact]
    public void Find_CodeInOtherCase_ReturnsRequirement()
    {
        Assert.NotNull(Result(Requirement("cpd-hours", true, RequirementSeverity.Required)).Find("CPD-Hours"));
        Assert.Null(Result().Find("cpd-hours"));
    }

    [Theory]
    [InlineData(2026, 11, 30, 1)]
    [InlineData(2026, 12, 1, 0)]
    [InlineData(2026, 12, 2, -1)]
    public void DaysLeft_AsOfAroundDeadline_CountsDownThroughZero(int year, int month, int day, int daysLeft)
    {
        var result = Result() with { AsOf = new DateOnly(year, month, day) };

        Assert.Equal(daysLeft, result.DaysLeft);
        Assert.Equal(daysLeft, Cycle.DaysLeft(new DateOnly(year, month, day)));
    }

    [Fact]
    public void DaysLeft_AsOfUnknown_Null()
    {
        Assert.Null(Result().DaysLeft);
    }

    private static ComplianceResult Result(params RequirementResult[] requirements) => new("TEST", "v1", Cycle, requirements);

    private static RequirementResult Requirement(string code, bool met, RequirementSeverity severity) =>
        new(code, code, 1, met ? 1 : 0, "items", met, severity, "", "test");
}
