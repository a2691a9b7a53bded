namespace CpdLog.UnitTests.Funding;

using CpdLog.Core.Funding;
using static CpdLog.UnitTests.Funding.FundingTestData;

/// <summary>A learning agreement is accepted before the course starts, unless an approver allowed a retrospective request.</summary>
public sealed class AgreementTimingTests
{
    private static readonly DateOnly Start = Today.AddDays(30);

    private static DateTimeOffset On(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    [Fact]
    public void Accept_OnTheStartDate_IsAllowed()
    {
        var request = Submitted(1200m, 250m, Start);

        var result = request.RecordAgreementAccepted(Requester, On(Start), Start, "Learning agreement v1");

        Assert.True(result.Succeeded);
        Assert.Equal(FundingAction.AgreementAccepted, request.History[^1].Action);
    }

    [Fact]
    public void Accept_TheDayAfterTheStartDate_IsRefusedWithAClearMessage_AndChangesNothing()
    {
        var request = Submitted(1200m, 250m, Start);
        var before = request.History.Count;

        var result = request.RecordAgreementAccepted(Requester, On(Start.AddDays(1)).AddHours(14), Start.AddDays(1), "Learning agreement v1");

        Assert.Equal(RefusalKind.Conflict, result.Refusal!.Kind);
        Assert.Contains("must be accepted before the course starts", result.Refusal.Message);
        Assert.Contains("retrospective", result.Refusal.Message);
        Assert.Equal(before, request.History.Count);
    }

    [Fact]
    public void Accept_TheDayAfterTheStartDate_IsAllowed_WhenTheApproverAllowedARetrospectiveRequest()
    {
        var request = Submitted(1200m, 250m, Start);
        var dayAfter = Start.AddDays(1);
        var lineManager = new DecisionContext(LineManager, ApproverAuthority.LineManager, On(dayAfter), dayAfter);

        var allowed = request.AllowRetrospective(lineManager, "Booked before the policy changed");
        var result = request.RecordAgreementAccepted(Requester, On(dayAfter), dayAfter, "Learning agreement v1");

        Assert.True(allowed.Succeeded);
        Assert.True(result.Succeeded);
        Assert.True(request.RetrospectiveAllowed);
        Assert.Equal(FundingStatus.Submitted, request.Status);
        Assert.Contains(request.History, h => h.Action == FundingAction.RetrospectiveAllowed && h.ActorId == LineManager);
    }

    [Fact]
    public void AllowRetrospective_BeforeTheStudyStarts_OrByTheRequester_OrSomeoneWithoutAuthority_IsRefused()
    {
        var request = Submitted(1200m, 250m, Start);

        Assert.Equal(RefusalKind.Conflict, request.AllowRetrospective(As(LineManager, ApproverAuthority.LineManager), null).Refusal!.Kind);

        var dayAfter = Start.AddDays(1);
        Assert.Equal(RefusalKind.NotAllowed,
            request.AllowRetrospective(new DecisionContext(Requester, ApproverAuthority.LineManager, On(dayAfter), dayAfter), null).Refusal!.Kind);
        Assert.Equal(RefusalKind.NotAllowed,
            request.AllowRetrospective(new DecisionContext("stranger", ApproverAuthority.None, On(dayAfter), dayAfter), null).Refusal!.Kind);
        Assert.False(request.RetrospectiveAllowed);
    }
}
