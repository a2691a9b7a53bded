namespace CpdLog.Web.Features.Funding;

public sealed record AcceptanceDto(Guid Id, Guid FundingRequestId, Guid TemplateId, int TemplateVersion, string AcceptedById, DateTimeOffset AcceptedAt, decimal Amount, string Schedule)
{
    public static AcceptanceDto From(AgreementAcceptance a) => new(a.Id, a.FundingRequestId, a.TemplateId, a.TemplateVersion, a.AcceptedById, a.AcceptedAt, a.Amount, a.ScheduleText);
}
