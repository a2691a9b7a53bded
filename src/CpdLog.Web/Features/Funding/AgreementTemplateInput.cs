namespace CpdLog.Web.Features.Funding;

using CpdLog.Core.Funding;
using CpdLog.Core.Records;

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
