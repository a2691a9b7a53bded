namespace CpdLog.UnitTests.Funding;

using CpdLog.Core.Funding;
using static CpdLog.UnitTests.Funding.FundingTestData;

/// <summary>Ranges for every amount and quantity, approvals within what was asked, and an extra cost going back to the approver.</summary>
public sealed class FundingRangeTests
{
    private static FundingRequestDetails With(decimal tuition = 400m, decimal leave = 7.5m, decimal planned = 40m, int credits = 0, DateOnly? start = null, DateOnly? end = null)
    {
        var s = start ?? Today.AddDays(30);
        return new("Course", "Provider", s, end ?? s.AddDays(1), StudyMode.Online, null, tuition, 0m, 0m, 0m, leave, "", planned, credits, "Why", "Impact");
    }

    [Theory]
    [InlineData(-0.01, "tuitionFee")]
    [InlineData(100.001, "tuitionFee")]
    [InlineData(100_000.01, "tuitionFee")]
    [InlineData(1e12, "tuitionFee")]
    public void Validate_MoneyOutOfRange_IsRefusedOnTheField(double tuition, string field)
    {
        var result = FundingRequest.Validate(With(tuition: (decimal)tuition), FundingLimits.Default);

        Assert.Equal((RefusalKind.Invalid, field), (result.Refusal!.Kind, result.Refusal.Field));
    }

    [Fact]
    public void Validate_TheConfiguredCeiling_IsTheLimit()
    {
        Assert.True(FundingRequest.Validate(With(tuition: 500m), new FundingLimits(500m)).Succeeded);
        var refused = FundingRequest.Validate(With(tuition: 500.01m), new FundingLimits(500m));
        Assert.Contains("£500.00 or less", refused.Refusal!.Message);
    }

    [Fact]
    public void Validate_TotalAboveTheCeiling_IsRefused()
    {
        var d = With(tuition: 60_000m) with { ExamFee = 50_000m };

        Assert.Equal("tuitionFee", FundingRequest.Validate(d).Refusal!.Field);
    }

    [Fact]
    public void Validate_HoursAbove24PerDayOfTheDates_AreRefused()
    {
        // Two days: at most 48 hours of study leave and of planned CPD.
        Assert.True(FundingRequest.Validate(With(leave: 48m, planned: 48m)).Succeeded);
        Assert.Equal("studyLeaveHours", FundingRequest.Validate(With(leave: 48.5m)).Refusal!.Field);
        Assert.Equal("plannedHours", FundingRequest.Validate(With(planned: 1e9m)).Refusal!.Field);
        Assert.Equal("academicCredits", FundingRequest.Validate(With(credits: 1001)).Refusal!.Field);
    }

    [Fact]
    public void Approve_MoreMoneyOrLeaveThanAsked_IsRefused_LowerWithReasonStays()
    {
        var lm = As(LineManager, ApproverAuthority.LineManager);

        var more = Submitted().Approve(lm, new ApprovalInput(Amount: 450.01m, AmountReason: "generous"), Facts());
        var moreLeave = Submitted().Approve(lm, new ApprovalInput(LeaveHours: 8m), Facts());
        var lower = Submitted();
        var ok = lower.Approve(lm, new ApprovalInput(Amount: 300m, AmountReason: "Travel not funded", LeaveHours: 3.75m), Facts());

        Assert.Equal(("amount", RefusalKind.Invalid), (more.Refusal!.Field, more.Refusal.Kind));
        Assert.Equal("leaveHours", moreLeave.Refusal!.Field);
        Assert.True(ok.Succeeded);
        Assert.Equal((300m, 3.75m), (lower.ApprovedAmount, lower.ApprovedLeaveHours));
    }

    [Fact]
    public void SecondApproval_CannotRaiseAboveWhatWasAsked_NorTheLeaveTheLineManagerGave()
    {
        var request = Submitted(tuition: 1500m);
        request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(LeaveHours: 3m), Facts());
        var bh = As(BudgetHolder, ApproverAuthority.BudgetHolder);

        Assert.Equal("amount", request.Approve(bh, new ApprovalInput(Amount: 1550.01m, AmountReason: "x"), Facts()).Refusal!.Field);
        Assert.Equal("leaveHours", request.Approve(bh, new ApprovalInput(LeaveHours: 7.5m), Facts()).Refusal!.Field);
        Assert.True(request.Approve(bh, new ApprovalInput(), Facts()).Succeeded);
    }

    [Fact]
    public void SameActor_CannotGiveBothApprovals_EvenWithBothAuthorities()
    {
        var request = Submitted(tuition: 1500m);
        var both = As(LineManager, ApproverAuthority.LineManager | ApproverAuthority.BudgetHolder);
        request.Approve(both, new ApprovalInput(), Facts());

        var second = request.Approve(both, new ApprovalInput(), Facts());

        Assert.Equal(RefusalKind.NotAllowed, second.Refusal!.Kind);
        Assert.Equal(FundingStatus.AwaitingBudgetHolder, request.Status);
    }

    private static FundingRequest InProgress(decimal tuition = 400m)
    {
        var request = Submitted(tuition: tuition, start: Today.AddDays(-2));
        Assert.True(request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(AllowRetrospective: true), Facts()).Succeeded);
        return request;
    }

    private static readonly CompletionFacts Completion = new(FundingLimits.Default, 1000m);

    [Fact]
    public void Complete_HoursAbove24PerDay_OrCostOutOfRange_AreRefused()
    {
        // Started two days ago, completed today: three days, at most 72 hours.
        var request = InProgress();

        Assert.Equal("actualHours", request.Complete(Requester, Today, 72.01m, null, null, "r", Now, Today, Completion).Refusal!.Field);
        Assert.Equal("actualHours", request.Complete(Requester, Today, 1e9m, null, null, "r", Now, Today, Completion).Refusal!.Field);
        Assert.Equal("actualCost", request.Complete(Requester, Today, 7m, 1e12m, "reason", "r", Now, Today, Completion).Refusal!.Field);
        Assert.Equal("actualCost", request.Complete(Requester, Today, 7m, -1m, null, "r", Now, Today, Completion).Refusal!.Field);
        Assert.Equal(FundingStatus.InProgress, request.Status);
        Assert.True(request.Complete(Requester, Today, 72m, 450m, null, "r", Now, Today, Completion).Succeeded);
    }

    [Fact]
    public void Complete_AboveApproved_NeedsAReason_AndGoesBackToTheLineManager_WhoMayAcceptOrRefuse()
    {
        var request = InProgress();
        Assert.Equal("costReason", request.Complete(Requester, Today, 7m, 500m, null, "r", Now, Today, Completion).Refusal!.Field);

        var result = request.Complete(Requester, Today, 7m, 500m, "Exam resit fee", "r", Now, Today, Completion);

        Assert.True(result.Succeeded);
        Assert.Equal(FundingStatus.AwaitingCostApproval, request.Status);
        Assert.False(request.CostNeedsBudgetHolder);
        var budget = BudgetPosition.Calculate("FIN-100", request.Year, 1000m, [request]);
        Assert.Equal((450m, 0m), (budget.Committed, budget.Spent));

        Assert.Equal(RefusalKind.NotAllowed, request.DecideCost(As(Requester, ApproverAuthority.None), true, null, budget).Refusal!.Kind);
        Assert.Equal(RefusalKind.NotAllowed, request.DecideCost(As("stranger", ApproverAuthority.None), true, null, budget).Refusal!.Kind);
        Assert.Equal("comment", request.DecideCost(As(LineManager, ApproverAuthority.LineManager), false, "", budget).Refusal!.Field);
        Assert.True(request.DecideCost(As(LineManager, ApproverAuthority.LineManager), true, "Fine", budget).Succeeded);
        Assert.Equal((FundingStatus.Completed, 500m), (request.Status, request.SpentAmount));
    }

    [Fact]
    public void ExtraCost_OverBudget_OnlyABudgetHolderWithAReason_RefusingSpendsTheApprovedAmount()
    {
        var request = InProgress();
        request.Complete(Requester, Today, 7m, 900m, "Price rise", "r", Now, Today, Completion);
        var tight = BudgetPosition.Calculate("FIN-100", request.Year, 500m, [request]);

        Assert.Equal(RefusalKind.NotAllowed, request.DecideCost(As(LineManager, ApproverAuthority.LineManager), true, null, tight).Refusal!.Kind);
        Assert.Equal("budgetOverrideReason", request.DecideCost(As(BudgetHolder, ApproverAuthority.BudgetHolder), true, null, tight).Refusal!.Field);
        Assert.True(request.DecideCost(As(LineManager, ApproverAuthority.LineManager), false, "Not agreed in advance", tight).Succeeded);
        Assert.Equal((FundingStatus.Completed, 450m), (request.Status, request.SpentAmount));
    }

    [Fact]
    public void ExtraCost_AboveTheThreshold_GoesToABudgetHolder()
    {
        var request = InProgress(tuition: 900m);
        request.Complete(Requester, Today, 7m, 1200m, "Price rise", "r", Now, Today, Completion);

        Assert.True(request.CostNeedsBudgetHolder);
        Assert.Equal(RefusalKind.NotAllowed, request.DecideCost(As(LineManager, ApproverAuthority.LineManager), true, null, null).Refusal!.Kind);
        Assert.True(request.DecideCost(As(BudgetHolder, ApproverAuthority.BudgetHolder), true, null, null).Succeeded);
    }

    [Fact]
    public void ExtraCostStage_AcceptsNoOtherDecision()
    {
        var request = InProgress();
        request.Complete(Requester, Today, 7m, 500m, "Resit", "r", Now, Today, Completion);
        var lm = As(LineManager, ApproverAuthority.LineManager);

        Assert.Equal(RefusalKind.Conflict, request.Approve(lm, new ApprovalInput(), Facts()).Refusal!.Kind);
        Assert.Equal(RefusalKind.Conflict, request.Reject(lm, "no").Refusal!.Kind);
        Assert.Equal(RefusalKind.Conflict, request.Withdraw(Requester, "", Now).Refusal!.Kind);
    }

    [Fact]
    public void Arithmetic_OnAbsurdStoredValues_NeverThrows()
    {
        Assert.Equal(decimal.MaxValue, FundingLimits.Add(decimal.MaxValue, 1m));
        Assert.Equal(decimal.MinValue, FundingLimits.Add(decimal.MinValue, -1m));
        Assert.Equal(decimal.MaxValue, FundingLimits.Multiply(decimal.MaxValue, 7.5m));
        Assert.Equal(FundingLimits.ColumnMaxAmount, FundingLimits.Stored(decimal.MaxValue));
        Assert.Equal(0m, FundingLimits.Stored(-5m));
        Assert.Equal(decimal.MaxValue, StudyLeaveAllowance.Default.DaysToHours(decimal.MaxValue));

        var position = new BudgetPosition("FIN-100", new FinancialYear(2026), 0m, decimal.MaxValue, decimal.MaxValue);
        Assert.Equal(decimal.MinValue, position.Remaining);
        Assert.False(position.CanCommit(1m));
    }
}
