namespace CpdLog.Web.Features.Funding;

public sealed record AgreementTemplateDto(
    Guid Id, Guid FamilyId, int Version, bool IsCurrent, string Name, decimal? MinFees, int? MinCredits, RepaymentKind ScheduleKind,
    string Tiers, int LinearMonths, string Schedule, LeavingReason Triggers, LeavingReason Waivers, string Terms)
{
    public static AgreementTemplateDto From(AgreementTemplate t) => new(
        t.Id, t.FamilyId, t.Version, t.IsCurrent, t.Name, t.MinFees, t.MinCredits, t.ScheduleKind, t.Tiers, t.LinearMonths,
        t.Schedule.Describe(), t.Triggers, t.Waivers, t.Terms);
}
