namespace CpdLog.IntegrationTests.Leaving;

using CpdLog.Core.Funding;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Time;

/// <summary>
/// A completed, approved study with an accepted learning agreement (tiered 100%/50% over 24 months, resignation a
/// trigger, redundancy a waiver), made through the domain methods as the funding flow makes it, a year and more ago.
/// </summary>
public static class LeavingSeed
{
    public const decimal Cost = 1_450m;

    public sealed record Agreement(Guid RequestId, Guid AcceptanceId, DateOnly CompletedOn);

    public static Task<Agreement> CompletedAgreementAsync(CpdLogAppFactory factory, string requesterId, string lineManagerId, string budgetHolderId, string title)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.WithDbAsync(async db =>
        {
            var today = TimeProvider.System.UkToday();
            var past = today.AddDays(-500);
            var then = DateTimeOffset.UtcNow.AddDays(-500);
            var template = new AgreementTemplate
            {
                Name = "Learning agreement",
                MinFees = 200m,
                MinCredits = 15,
                ScheduleKind = RepaymentKind.Tiered,
                Tiers = "12:100;24:50",
                Triggers = LeavingReason.Resignation | LeavingReason.Dismissal | LeavingReason.WithdrawalFromCourse | LeavingReason.FailureToComplete,
                Waivers = LeavingReason.Redundancy | LeavingReason.MaternityRelated | LeavingReason.InternalTransfer,
                Terms = "Repay the fees on the schedule if you leave.",
                CreatedAt = then,
                CreatedById = lineManagerId,
            };
            db.AgreementTemplates.Add(template);
            var start = past.AddDays(21);
            var (request, created) = FundingRequest.Create(requesterId, new FundingRequestDetails(
                title, "CIPFA", start, start.AddMonths(4), StudyMode.Online, null, 1_200m, 250m, 0m, 0m, 22.5m, "Three days",
                60m, 0, "Our charitable funds move to IPSAS-aligned reporting.", "I will lead the conversion."), then);
            Assert.True(created.Succeeded, created.Refusal?.Message);
            Assert.True(request!.Submit(requesterId, "FIN-100", then).Succeeded);
            Assert.True(request.RecordAgreementAccepted(requesterId, then, past, $"{template.Name} v1").Succeeded);
            var acceptance = AgreementAcceptance.Accept(request, template, requesterId, then);
            db.AgreementAcceptances.Add(acceptance);
            var facts = new ApprovalFacts(1_000m, null, true, true);
            var first = request.Approve(new DecisionContext(lineManagerId, ApproverAuthority.LineManager, then, past), new ApprovalInput(Comment: "Fits the PDP."), facts);
            Assert.True(first.Succeeded, first.Refusal?.Message);
            var second = request.Approve(new DecisionContext(budgetHolderId, ApproverAuthority.BudgetHolder, then, past), new ApprovalInput(Comment: "Funded."), facts);
            Assert.True(second.Succeeded, second.Refusal?.Message);
            var completedOn = start.AddMonths(4);
            var complete = request.Complete(requesterId, completedOn, 40m, null, "I can apply IPSAS 33.", then.AddDays(150), completedOn);
            Assert.True(complete.Succeeded, complete.Refusal?.Message);
            db.FundingRequests.Add(request);
            db.FundingAudit.Add(new FundingAuditEntry { At = then, ActorId = lineManagerId, Kind = "Approved", FundingRequestId = request.Id, Amount = Cost, Detail = "Seeded approval" });
            await db.SaveChangesAsync();
            return new Agreement(request.Id, acceptance.Id, completedOn);
        });
    }
}
