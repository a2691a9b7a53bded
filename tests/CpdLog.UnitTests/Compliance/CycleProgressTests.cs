namespace CpdLog.UnitTests.Compliance;

using CpdLog.Core.Compliance.Bodies;
using CpdLog.Core.Compliance.Progress;
using CpdLog.UnitTests.Builders;

// Default input: NMC renewal 31 March 2027, judged 15 January 2027: cycle 1 April 2024 – 31 March 2027, application
// (deadline) 1 March 2027, 1,064 days from the start to the deadline, 1,019 of them passed on the judgement date.
public sealed class CycleProgressTests
{
    private static readonly ProgressWindow NmcWindow = new(new(2024, 4, 1), new(2027, 3, 31), new(2027, 3, 1), new(2027, 3, 1));
    private static readonly ProgressTarget CpdHours = new("cpd-hours", "CPD hours", "hours", 35m, ProgressMeasure.ActivityHours);

    [Fact]
    public void Build_SumsHoursPerDayInDateOrder()
    {
        var input = A.Input()
            .With(A.Activity().On(2025, 1, 2).WithHours(4m))
            .With(A.Activity().On(2024, 5, 10).WithHours(3m), A.Activity().On(2024, 5, 10).WithHours(2.5m))
            .Build();

        var series = CycleProgress.Build(NmcWindow, input, new DateOnly(2027, 1, 15), [CpdHours]).Series.Single();

        Assert.Equal([new ProgressPoint(new(2024, 5, 10), 5.5m), new ProgressPoint(new(2025, 1, 2), 9.5m)], series.Steps);
        Assert.Equal(9.5m, series.Achieved);
    }

    [Fact]
    public void Build_LeavesOutRecordsOutsideTheCycleInTheBinPlannedOrAfterToday()
    {
        var input = A.Input()
            .With(
                A.Activity().On(2024, 3, 31).WithHours(10m),          // the day before the cycle starts
                A.Activity().On(2024, 6, 1).WithHours(20m).Deleted(),
                A.Activity().On(2024, 6, 2).WithHours(30m).Planned(),
                A.Activity().On(2027, 1, 16).WithHours(40m),          // the day after "today"
                A.Activity().On(2024, 6, 3).WithHours(1.5m))
            .Build();

        var series = CycleProgress.Build(NmcWindow, input, new DateOnly(2027, 1, 15), [CpdHours]).Series.Single();

        Assert.Equal([new ProgressPoint(new(2024, 6, 3), 1.5m)], series.Steps);
    }

    [Fact]
    public void Build_CountsTheFirstDayAndTheLastCountingDayButNotTheDayAfter()
    {
        var input = A.Input()
            .With(A.Reflection().On(2024, 4, 1), A.Reflection().On(2027, 3, 1), A.Reflection().On(2027, 3, 2))
            .Build();
        var target = new ProgressTarget("reflective-accounts", "Written reflective accounts", "accounts", 5m, ProgressMeasure.Reflections);

        var nmc = CycleProgress.Build(NmcWindow, input, new DateOnly(2027, 3, 31), [target]).Series.Single();
        var toCycleEnd = CycleProgress.Build(NmcWindow with { LastCountingDay = NmcWindow.End }, input, new DateOnly(2027, 3, 31), [target]).Series.Single();

        Assert.Equal([new(new(2024, 4, 1), 1m), new ProgressPoint(new(2027, 3, 1), 2m)], nmc.Steps);
        Assert.Equal(3m, toCycleEnd.Achieved);
    }

    [Theory]
    [InlineData("2024-04-01", 0)]
    [InlineData("2024-03-01", 0)]
    [InlineData("2024-09-30", 6.0)]
    [InlineData("2025-09-30", 18.0)]
    [InlineData("2027-01-15", 33.5)]
    [InlineData("2027-03-01", 35)]
    [InlineData("2027-03-31", 35)]
    public void Pace_IsRequiredTimesElapsedShareOfTheTimeToTheDeadline(string date, double expected)
    {
        Assert.Equal((decimal)expected, CycleProgress.Pace(NmcWindow, 35m, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Build_RowsEverySixMonthsOfAThreeYearCycleThenTodayAndTheDeadline()
    {
        var input = A.Input().With(A.Activity().On(2025, 3, 31).WithHours(7m), A.Activity().On(2026, 10, 1).WithHours(1m)).Build();

        var rows = CycleProgress.Build(NmcWindow, input, new DateOnly(2027, 1, 15), [CpdHours]).Series.Single().Rows;

        Assert.Equal(
            [
                new ProgressRow(new(2024, 9, 30), ProgressRowKind.Checkpoint, 0m, 6.0m),
                new ProgressRow(new(2025, 3, 31), ProgressRowKind.Checkpoint, 7m, 12.0m),
                new ProgressRow(new(2025, 9, 30), ProgressRowKind.Checkpoint, 7m, 18.0m),
                new ProgressRow(new(2026, 3, 31), ProgressRowKind.Checkpoint, 7m, 24.0m),
                new ProgressRow(new(2026, 9, 30), ProgressRowKind.Checkpoint, 7m, 30.0m),
                new ProgressRow(new(2027, 1, 15), ProgressRowKind.Today, 8m, 33.5m),
                new ProgressRow(new(2027, 3, 1), ProgressRowKind.Deadline, null, 35m),
            ],
            rows);
    }

    [Fact]
    public void Build_AOneYearCycleHasARowEveryTwoMonths()
    {
        var window = new ProgressWindow(new(2026, 1, 1), new(2026, 12, 31), new(2026, 12, 31), new(2026, 12, 31));

        var rows = CycleProgress.Build(window, A.Input().Build(), new DateOnly(2026, 12, 31), [CpdHours]).Series.Single().Rows;

        Assert.Equal(
            [new(2026, 2, 28), new(2026, 4, 30), new(2026, 6, 30), new(2026, 8, 31), new(2026, 10, 31), new DateOnly(2026, 12, 31)],
            rows.Select(r => r.Date));
        Assert.Equal(ProgressRowKind.Today, rows[^1].Kind);
        Assert.Equal(35m, rows[^1].Pace);
    }

    [Fact]
    public void Build_PaceTodayAndOnPace()
    {
        var input = A.Input().With(A.Activity().On(2026, 1, 1).WithHours(33.5m)).Build();

        var series = CycleProgress.Build(NmcWindow, input, new DateOnly(2027, 1, 15), [CpdHours]).Series.Single();

        Assert.Equal(33.5m, series.PaceToday);
        Assert.True(series.OnPace);
        Assert.Equal(0.9577m, Math.Round(CycleProgress.Build(NmcWindow, input, new DateOnly(2027, 1, 15), []).ElapsedFraction, 4));
    }

    [Fact]
    public void For_Nmc_ChartsTheRunningTotalsAndAgreesWithTheRules()
    {
        var rules = new NmcRuleSet();
        var input = A.Input()
            .With(A.Activity().On(2025, 6, 1).WithHours(6m).Participatory(4m), A.Activity().On(2027, 2, 1).WithHours(50m))
            .With(A.PracticeHours().Ending(new DateOnly(2025, 12, 31)).WithHours(200m))
            .With(A.Reflection().On(2026, 2, 1), A.Reflection().On(2026, 3, 1))
            .With(A.Feedback().On(2025, 2, 1))
            .Build();
        var result = rules.Evaluate(input);

        var progress = CycleProgress.For(rules, input, result);

        Assert.Equal(["cpd-hours", "participatory-hours", "practice-hours", "feedback", "reflective-accounts"], progress.Series.Select(s => s.Code));
        Assert.All(progress.Series, s => Assert.Equal(result.Find(s.Code)!.Achieved, s.Achieved));
        Assert.Equal(new DateOnly(2027, 1, 15), progress.Today);
        Assert.Equal(new DateOnly(2027, 3, 1), progress.Window.LastCountingDay);
        Assert.Equal([6m, 4m, 200m, 1m, 2m], progress.Series.Select(s => s.Achieved));
    }

    [Fact]
    public void For_LeavesOutASeriesTheRulesCountAnotherWay()
    {
        // Dual registration: 900 practice hours as a nurse count as 450 of 900, so a running total of 900 would disagree.
        var rules = new NmcRuleSet();
        var input = A.Input()
            .WithOption(NmcRuleSet.RegistrationOption, "nurse-and-midwife")
            .With(A.PracticeHours().Ending(new DateOnly(2025, 12, 31)).WithHours(900m).As("Nurse"))
            .Build();

        var progress = CycleProgress.For(rules, input, rules.Evaluate(input));

        Assert.DoesNotContain(progress.Series, s => s.Code == "practice-hours");
        Assert.Contains(progress.Series, s => s.Code == "cpd-hours");
    }
}
