namespace CpdLog.Web.Features.Funding;

/// <summary>The funding audit trail: one entry per decision, budget change or delegation, saved with the change it records.</summary>
public sealed class FundingAuditLog(CpdLogDbContext db, FundingCalendar calendar)
{
    public void Add(string actorId, string kind, FundingRequest? request, decimal? amount, string? detail, string? costCentre = null)
    {
        var text = (detail ?? "").Trim();
        db.FundingAudit.Add(new FundingAuditEntry
        {
            At = calendar.Now,
            ActorId = actorId,
            Kind = kind,
            FundingRequestId = request?.Id,
            CostCentre = costCentre ?? request?.CostCentre,
            Amount = amount,

            // Composed from several texts that are each within their own limits; cut to fit the column.
            Detail = text.Length <= FundingTextLimits.AuditDetail ? text : text[..(FundingTextLimits.AuditDetail - 1)] + "…",
        });
    }
}
