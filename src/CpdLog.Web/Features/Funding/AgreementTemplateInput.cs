namespace CpdLog.Web.Features.Funding;

public sealed record AgreementTemplateInput(
    string Name,
    decimal? MinFees,
    int? MinCredits,
    RepaymentKind ScheduleKind,
    string? Tiers,
    int LinearMonths,
    LeavingReason Triggers,
    LeavingReason Waivers,
    string Terms);
