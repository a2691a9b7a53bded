namespace CpdLog.UnitTests.Records;

using CpdLog.Core.Records;

/// <summary>The one progress computation the qualifications list, the dashboard and the API show.</summary>
public sealed class QualificationProgressTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static QualificationModule Module(int credits, ModuleResult result) => new() { Title = "M", Credits = credits, Result = result };

    private static Qualification With(int? creditsNeeded, params QualificationModule[] modules) => new()
    {
        Title = "CIPFA PQ",
        AwardingBody = "CIPFA",
        StartDate = Today.AddYears(-1),
        ExpectedCompletionDate = Today.AddYears(1),
        CreditsNeeded = creditsNeeded,
        Modules = [.. modules],
    };

    [Fact]
    public void PassMeritDistinctionAndExempt_CountAsPassed_FailAndPendingDoNot()
    {
        var q = With(120, Module(20, ModuleResult.Pass), Module(15, ModuleResult.Merit), Module(10, ModuleResult.Distinction),
            Module(5, ModuleResult.Exempt), Module(30, ModuleResult.Fail), Module(40, ModuleResult.Pending));

        Assert.Equal(new QualificationProgress(50, 120, 4, 6), q.Progress);
        Assert.Equal(41, q.Progress.Percent); // 50 / 120, rounded down
    }

    [Fact]
    public void NoCreditsNeeded_UsesTheModulesTotal()
    {
        var q = With(null, Module(20, ModuleResult.Pass), Module(20, ModuleResult.Pending), Module(20, ModuleResult.Pending));

        Assert.Equal(new QualificationProgress(20, 60, 1, 3), QualificationProgress.Of(q));
        Assert.Equal(33, q.Progress.Percent);
    }

    [Fact]
    public void UncreditedModules_PercentByModulesPassed_AndNeverOver100()
    {
        Assert.Equal(50, With(null, Module(0, ModuleResult.Pass), Module(0, ModuleResult.Fail)).Progress.Percent);
        Assert.Equal(0, With(null).Progress.Percent);
        Assert.Equal(100, With(20, Module(30, ModuleResult.Pass)).Progress.Percent);
    }

    [Theory]
    [InlineData(QualificationStatus.InProgress, -1, true)]
    [InlineData(QualificationStatus.Planned, -1, true)]
    [InlineData(QualificationStatus.InProgress, 0, false)]
    [InlineData(QualificationStatus.Completed, -30, false)]
    [InlineData(QualificationStatus.Withdrawn, -30, false)]
    public void Overdue_OnlyWhenPastTheExpectedDateAndNotFinished(QualificationStatus status, int expectedOffset, bool overdue)
    {
        var q = With(60);
        q.Status = status;
        q.ExpectedCompletionDate = Today.AddDays(expectedOffset);

        Assert.Equal(overdue, q.IsOverdue(Today));
    }

    [Fact]
    public void ModulesInOrder_EarliestFirstUndatedLast()
    {
        var late = new QualificationModule { Title = "B", StartDate = Today.AddDays(10) };
        var early = new QualificationModule { Title = "C", StartDate = Today.AddDays(-10) };
        var examOnly = new QualificationModule { Title = "D", ExamSittings = [Today] };
        var undated = new QualificationModule { Title = "A" };
        var q = With(null, undated, late, examOnly, early);

        Assert.Equal(["C", "D", "B", "A"], q.ModulesInOrder().Select(m => m.Title));
    }
}
