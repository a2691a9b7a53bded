namespace CpdLog.UnitTests.Funding;

using CpdLog.Core.Funding;
using static CpdLog.UnitTests.Funding.FundingTestData;

public sealed class BudgetAndLeaveTests
{
    [Theory]
    [InlineData(2026, 3, 31, 2025)]
    [InlineData(2026, 4, 1, 2026)]
    [InlineData(2027, 3, 31, 2026)]
    [InlineData(2026, 12, 31, 2026)]
    [InlineData(2027, 1, 1, 2026)]
    public void FinancialYear_Containing_SplitsOnFirstOfApril(int y, int m, int d, int startYear)
    {
        Assert.Equal(startYear, FinancialYear.Containing(new DateOnly(y, m, d)).StartYear);
    }

    [Fact]
    public void FinancialYear_LabelAndBounds()
    {
        var year = new FinancialYear(2026);

        Assert.Equal("2026/27", year.Label);
        Assert.Equal(new DateOnly(2026, 4, 1), year.Start);
        Assert.Equal(new DateOnly(2027, 3, 31), year.End);
        Assert.Equal("2099/00", new FinancialYear(2099).Label);
    }

    [Theory]
    [InlineData("2026/27", true)]
    [InlineData("2026-27", true)]
    [InlineData("2026", true)]
    [InlineData("2026/28", false)]
    [InlineData("26/27", false)]
    public void FinancialYear_TryParse(string text, bool ok)
    {
        Assert.Equal(ok, FinancialYear.TryParse(text, out var year));
        if (ok)
        {
            Assert.Equal(2026, year.StartYear);
        }
    }

    [Fact]
    public void BudgetPosition_CommittedSpentRemaining_ByYearOfStart()
    {
        var inProgress = Approved(start: new DateOnly(2027, 3, 31), tuition: 400m);
        var nextYear = Approved(start: new DateOnly(2027, 4, 1), tuition: 700m);
        var completed = Approved(start: new DateOnly(2026, 4, 1), tuition: 300m);
        completed.Complete(Requester, new DateOnly(2026, 11, 1), 10m, 280.50m, "ok", Now, Today);
        var pending = Submitted(tuition: 5000m);

        var position = BudgetPosition.Calculate("FIN-100", new FinancialYear(2026), 2000m, [inProgress, nextYear, completed, pending]);

        Assert.Equal(450m, position.Committed);
        Assert.Equal(280.50m, position.Spent);
        Assert.Equal(1269.50m, position.Remaining);
        Assert.True(position.CanCommit(1269.50m));
        Assert.False(position.CanCommit(1269.51m));
    }

    [Theory]
    [InlineData(1.0, 37.5)]
    [InlineData(0.6, 22.5)]
    [InlineData(0.8, 30.0)]
    [InlineData(0.53, 20.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(1.2, 37.5)]
    public void StudyLeave_ProRataByFte_RoundsToHalfHour(double fte, double hours)
    {
        Assert.Equal((decimal)hours, StudyLeaveAllowance.Default.HoursFor((decimal)fte));
    }

    [Fact]
    public void StudyLeave_Balance_SplitsTakenAndBooked()
    {
        var past = Approved(start: new DateOnly(2026, 5, 1), tuition: 100m);
        var future = Approved(start: new DateOnly(2027, 1, 10), tuition: 100m);

        var balance = StudyLeaveAllowance.Default.Balance(0.8m, new FinancialYear(2026), Today, [past, future]);

        Assert.Equal(30m, balance.Allowance);
        Assert.Equal(7.5m, balance.Taken);
        Assert.Equal(7.5m, balance.Booked);
        Assert.Equal(15m, balance.Remaining);
    }

    private static FundingRequest Approved(DateOnly start, decimal tuition)
    {
        var request = Submitted(tuition: tuition, exam: 50m, start: start);
        var result = request.Approve(new DecisionContext(LineManager, ApproverAuthority.LineManager, Now, Today), new ApprovalInput(AllowRetrospective: true), Facts());
        Assert.True(result.Succeeded, result.Refusal?.Message);
        return request;
    }
}
