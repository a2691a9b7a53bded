namespace CpdLog.UnitTests.Funding;

using CpdLog.Core.Funding;
using static CpdLog.UnitTests.Funding.FundingTestData;

public sealed class FundingRequestTests
{
    [Fact]
    public void Create_EndBeforeStart_RefusesWithFieldError()
    {
        var details = Details() with { EndDate = Today.AddDays(1), StartDate = Today.AddDays(2) };

        var (request, result) = FundingRequest.Create(Requester, details, Now);

        Assert.Null(request);
        Assert.Equal(RefusalKind.Invalid, result.Refusal!.Kind);
        Assert.Equal("endDate", result.Refusal.Field);
    }

    [Fact]
    public void Create_NoMoneyAndNoLeave_Refuses()
    {
        var (_, result) = FundingRequest.Create(Requester, Details(0, 0, leave: 0), Now);

        Assert.Equal("Ask for money, study leave or both", result.Refusal!.Message);
    }

    [Fact]
    public void Submit_Draft_MovesToSubmittedAndRecordsWhoAndWhen()
    {
        var request = Submitted();

        Assert.Equal(FundingStatus.Submitted, request.Status);
        var last = request.History[^1];
        Assert.Equal((FundingAction.Submitted, Requester, Now), (last.Action, last.ActorId, last.At));
        Assert.Equal(2026, request.FinancialYearStart);
    }

    [Fact]
    public void Approve_OwnRequest_IsNotAllowedEvenAsBudgetHolder()
    {
        var request = Submitted();

        var result = request.Approve(As(Requester, ApproverAuthority.LineManager | ApproverAuthority.BudgetHolder), new ApprovalInput(), Facts());

        Assert.Equal(RefusalKind.NotAllowed, result.Refusal!.Kind);
        Assert.Equal(FundingStatus.Submitted, request.Status);
    }

    [Fact]
    public void Approve_ByPersonWithNoAuthority_IsNotAllowed()
    {
        var result = Submitted().Approve(As("stranger", ApproverAuthority.None), new ApprovalInput(), Facts());

        Assert.Equal(RefusalKind.NotAllowed, result.Refusal!.Kind);
    }

    [Fact]
    public void Approve_BelowThreshold_ByLineManager_GoesInProgress()
    {
        var request = Submitted();

        var result = request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(Comment: "Good"), Facts());

        Assert.True(result.Succeeded);
        Assert.Equal(FundingStatus.InProgress, request.Status);
        Assert.Equal(450m, request.ApprovedAmount);
        Assert.Equal(7.5m, request.ApprovedLeaveHours);
    }

    [Fact]
    public void Approve_ByDelegate_GoesInProgress()
    {
        var request = Submitted();

        Assert.True(request.Approve(As("delegate", ApproverAuthority.Delegate), new ApprovalInput(), Facts()).Succeeded);
    }

    [Fact]
    public void Approve_Twice_SecondIsAConflict()
    {
        var request = Submitted();
        request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(), Facts());

        var again = request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(), Facts());

        Assert.Equal(RefusalKind.Conflict, again.Refusal!.Kind);
    }

    [Fact]
    public void Approve_AboveThreshold_NeedsBudgetHolderAfterLineManager()
    {
        var request = Submitted(1200m, 250m);

        var first = request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(), Facts());
        Assert.Equal(FundingStatus.AwaitingBudgetHolder, request.Status);
        Assert.Contains("budget holder", first.Note);

        var lineManagerAgain = request.Approve(As(LineManager, ApproverAuthority.LineManager | ApproverAuthority.BudgetHolder), new ApprovalInput(), Facts());
        Assert.Equal(RefusalKind.NotAllowed, lineManagerAgain.Refusal!.Kind);

        Assert.True(request.Approve(As(BudgetHolder, ApproverAuthority.BudgetHolder), new ApprovalInput(), Facts()).Succeeded);
        Assert.Equal(FundingStatus.InProgress, request.Status);
        Assert.Equal(BudgetHolder, request.FinalApproverId);
    }

    [Fact]
    public void Approve_ExactlyAtThreshold_NeedsOneApproval()
    {
        var request = Submitted(1000m, 0m);

        request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(), Facts());

        Assert.Equal(FundingStatus.InProgress, request.Status);
    }

    [Fact]
    public void Approve_DifferentAmountWithoutReason_RefusesOnAmountReason()
    {
        var result = Submitted().Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(Amount: 300m), Facts());

        Assert.Equal("amountReason", result.Refusal!.Field);
    }

    [Fact]
    public void Approve_DifferentAmountWithReason_ApprovesThatAmount()
    {
        var request = Submitted();

        request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(Amount: 300m, AmountReason: "Travel not funded"), Facts());

        Assert.Equal(300m, request.ApprovedAmount);
        Assert.Equal("Travel not funded", request.AmountReason);
    }

    [Fact]
    public void Approve_Retrospective_RefusedUnlessExplicitlyAllowed()
    {
        var request = Submitted(start: Today.AddDays(-3));

        var refused = request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(), Facts());
        var allowed = request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(AllowRetrospective: true), Facts());

        Assert.Equal("allowRetrospective", refused.Refusal!.Field);
        Assert.True(allowed.Succeeded);
    }

    [Fact]
    public void Approve_AgreementRequiredButNotAccepted_IsRefused()
    {
        var result = Submitted().Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(), Facts(agreementRequired: true));

        Assert.Equal(RefusalKind.Conflict, result.Refusal!.Kind);
        Assert.Contains("learning agreement", result.Refusal.Message);
    }

    [Fact]
    public void Approve_OverBudget_LineManagerSendsToBudgetHolderWhoNeedsAnOverrideReason()
    {
        var request = Submitted();
        request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(), Facts(remaining: 100m));
        Assert.Equal(FundingStatus.AwaitingBudgetHolder, request.Status);

        var noReason = request.Approve(As(BudgetHolder, ApproverAuthority.BudgetHolder), new ApprovalInput(), Facts(remaining: 100m));
        Assert.Equal("budgetOverrideReason", noReason.Refusal!.Field);
        Assert.Contains("£100.00", noReason.Refusal.Message);

        var overridden = request.Approve(As(BudgetHolder, ApproverAuthority.BudgetHolder), new ApprovalInput(BudgetOverrideReason: "Year-end underspend elsewhere"), Facts(remaining: 100m));
        Assert.True(overridden.Succeeded);
        Assert.Equal("Year-end underspend elsewhere", request.BudgetOverrideReason);
    }

    [Fact]
    public void Return_WithoutComment_Refuses_WithComment_MakesEditableAgain()
    {
        var request = Submitted();

        Assert.Equal("comment", request.Return(As(LineManager, ApproverAuthority.LineManager), " ").Refusal!.Field);
        Assert.True(request.Return(As(LineManager, ApproverAuthority.LineManager), "Add the exam fee").Succeeded);
        Assert.True(request.IsEditable);
        Assert.True(request.UpdateDraft(Requester, Details(exam: 120m), Now).Succeeded);
        Assert.True(request.Submit(Requester, "FIN-100", Now).Succeeded);
    }

    [Fact]
    public void UpdateDraft_AfterApproval_IsAConflict()
    {
        var request = Submitted();
        request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(), Facts());

        var result = request.UpdateDraft(Requester, Details(tuition: 9999m), Now);

        Assert.Equal(RefusalKind.Conflict, result.Refusal!.Kind);
        Assert.Equal(450m, request.ApprovedAmount);
    }

    [Fact]
    public void Complete_InProgress_RecordsSpendAndHours()
    {
        var request = Submitted(start: Today.AddDays(-10));
        request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(AllowRetrospective: true), Facts());

        var result = request.Complete(Requester, Today, 38m, null, "Learned IPSAS 33.", Now, Today);

        Assert.True(result.Succeeded);
        Assert.Equal(FundingStatus.Completed, request.Status);
        Assert.Equal(450m, request.SpentAmount);
    }

    [Fact]
    public void Complete_BeforeApproval_IsAConflict_AndNotByOthers()
    {
        var request = Submitted();

        Assert.Equal(RefusalKind.Conflict, request.Complete(Requester, Today, 1, null, "x", Now, Today).Refusal!.Kind);
        Assert.Equal(RefusalKind.NotAllowed, request.Complete(LineManager, Today, 1, null, "x", Now, Today).Refusal!.Kind);
    }

    [Fact]
    public void Withdraw_Completed_IsAConflict()
    {
        var request = Submitted(start: Today.AddDays(-10));
        request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(AllowRetrospective: true), Facts());
        request.Complete(Requester, Today, 38m, null, "Done", Now, Today);

        Assert.Equal(RefusalKind.Conflict, request.Withdraw(Requester, "", Now).Refusal!.Kind);
    }

    [Fact]
    public void EveryTransition_ChangesTheConcurrencyVersion()
    {
        var request = Submitted();
        var before = request.Version;

        request.Reject(As(LineManager, ApproverAuthority.LineManager), "Not this year");

        Assert.NotEqual(before, request.Version);
        Assert.Equal(FundingStatus.Rejected, request.Status);
    }

    [Fact]
    public void Refusal_LeavesRequestUnchanged()
    {
        var request = Submitted();
        var (version, history) = (request.Version, request.History.Count);

        request.Approve(As(LineManager, ApproverAuthority.LineManager), new ApprovalInput(Amount: 1m), Facts());

        Assert.Equal((version, history, FundingStatus.Submitted), (request.Version, request.History.Count, request.Status));
    }
}
