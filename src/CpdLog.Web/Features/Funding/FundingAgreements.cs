namespace CpdLog.Web.Features.Funding;

/// <summary>Learning agreements of a request: the template that applies, the acceptance that covers it, and what is repayable.</summary>
public sealed class FundingAgreements(CpdLogDbContext db)
{
    public async Task<AgreementTemplate?> RequiredTemplateAsync(FundingRequest request, CancellationToken ct) =>
        AgreementTemplate.Required(await db.AgreementTemplates.Where(t => t.IsCurrent).ToListAsync(ct), request);

    public async Task<AgreementAcceptance?> CurrentAcceptanceAsync(FundingRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var acceptances = await db.AgreementAcceptances.Where(a => a.FundingRequestId == request.Id).ToListAsync(ct);
        return acceptances.OrderByDescending(a => a.AcceptedAt).FirstOrDefault(a => a.Covers(request));
    }

    /// <summary>"If you left today": the amount repayable under one acceptance for a leaving date and reason.</summary>
    public async Task<RepaymentQuote> RepayableAsync(AgreementAcceptance acceptance, DateOnly leavingDate, LeavingReason reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(acceptance);
        var template = await db.AgreementTemplates.SingleAsync(t => t.Id == acceptance.TemplateId, ct);
        var request = await db.FundingRequests.SingleAsync(r => r.Id == acceptance.FundingRequestId, ct);
        if (request.Status is not (FundingStatus.InProgress or FundingStatus.Completed or FundingStatus.Withdrawn) || request.ApprovedAmount is null)
        {
            return new RepaymentQuote(0, 0, false, false, "Nothing to repay: the request was not approved.");
        }

        return RepaymentCalculator.Calculate(template, acceptance.CostBasis(request), request.CompletedOn, leavingDate, reason);
    }
}
