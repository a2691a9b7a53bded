namespace CpdLog.Web.Features.Funding;

using CpdLog.Core.Funding;

/// <summary>A draft's fields as the API takes them (create and update).</summary>
public sealed record FundingRequestInput(
    string Title,
    string Provider,
    DateOnly StartDate,
    DateOnly EndDate,
    StudyMode Mode = StudyMode.Classroom,
    Guid? PdpGoalId = null,
    decimal TuitionFee = 0,
    decimal ExamFee = 0,
    decimal TravelCost = 0,
    decimal OtherCost = 0,
    decimal StudyLeaveHours = 0,
    decimal StudyLeaveDays = 0,
    string? StudyLeaveDates = null,
    decimal PlannedHours = 0,
    int AcademicCredits = 0,
    string? Justification = null,
    string? ExpectedImpact = null)
{
    /// <summary>Leave may be asked in days or hours; days convert at the configured hours per day.</summary>
    public FundingRequestDetails ToDetails(FundingOptions options) => new(
        Title ?? "", Provider ?? "", StartDate, EndDate, Mode, PdpGoalId, TuitionFee, ExamFee, TravelCost, OtherCost,
        StudyLeaveHours + options.Allowance.DaysToHours(StudyLeaveDays), StudyLeaveDates ?? "", PlannedHours, AcademicCredits,
        Justification ?? "", ExpectedImpact ?? "");
}

public sealed record DecisionInput(string? Comment);

public sealed record CompleteInput(DateOnly CompletedOn, decimal ActualHours, decimal? ActualCost, string? Reflection);

public sealed record FundingDecisionDto(FundingAction Action, FundingStatus FromStatus, FundingStatus ToStatus, string ActorId, DateTimeOffset At, string Comment, decimal? Amount, decimal? LeaveHours);

public sealed record FundingRequestDto(
    Guid Id,
    string RequesterId,
    string Title,
    string Provider,
    DateOnly StartDate,
    DateOnly EndDate,
    StudyMode Mode,
    Guid? PdpGoalId,
    decimal TuitionFee,
    decimal ExamFee,
    decimal TravelCost,
    decimal OtherCost,
    decimal TotalRequested,
    decimal StudyLeaveHours,
    string StudyLeaveDates,
    decimal PlannedHours,
    int AcademicCredits,
    string Justification,
    string ExpectedImpact,
    FundingStatus Status,
    string CostCentre,
    string FinancialYear,
    decimal? ApprovedAmount,
    decimal? ApprovedLeaveHours,
    string AmountReason,
    string BudgetOverrideReason,
    decimal? SpentAmount,
    DateOnly? CompletedOn,
    Guid? ActivityId,
    Guid Version,
    IReadOnlyList<FundingDecisionDto> History)
{
    public static FundingRequestDto From(FundingRequest r) => new(
        r.Id, r.RequesterId, r.Title, r.Provider, r.StartDate, r.EndDate, r.Mode, r.PdpGoalId, r.TuitionFee, r.ExamFee, r.TravelCost,
        r.OtherCost, r.TotalRequested, r.StudyLeaveHours, r.StudyLeaveDates, r.PlannedHours, r.AcademicCredits, r.Justification,
        r.ExpectedImpact, r.Status, r.CostCentre, r.Year.Label, r.ApprovedAmount, r.ApprovedLeaveHours, r.AmountReason,
        r.BudgetOverrideReason, r.SpentAmount, r.CompletedOn, r.ActivityId, r.Version,
        [.. r.History.OrderBy(h => h.At).Select(h => new FundingDecisionDto(h.Action, h.FromStatus, h.ToStatus, h.ActorId, h.At, h.Comment, h.Amount, h.LeaveHours))]);
}

public sealed record BudgetDto(string CostCentre, string FinancialYear, decimal Allocated, decimal Committed, decimal Spent, decimal Remaining)
{
    public static BudgetDto From(BudgetPosition p) => new(p.CostCentre, p.Year.Label, p.Allocated, p.Committed, p.Spent, p.Remaining);
}

public sealed record BudgetInput(string CostCentre, string FinancialYear, decimal Allocated, string? Reason);

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

public sealed record AgreementTemplateDto(
    Guid Id, Guid FamilyId, int Version, bool IsCurrent, string Name, decimal? MinFees, int? MinCredits, RepaymentKind ScheduleKind,
    string Tiers, int LinearMonths, string Schedule, LeavingReason Triggers, LeavingReason Waivers, string Terms)
{
    public static AgreementTemplateDto From(AgreementTemplate t) => new(
        t.Id, t.FamilyId, t.Version, t.IsCurrent, t.Name, t.MinFees, t.MinCredits, t.ScheduleKind, t.Tiers, t.LinearMonths,
        t.Schedule.Describe(), t.Triggers, t.Waivers, t.Terms);
}

public sealed record AcceptanceDto(Guid Id, Guid FundingRequestId, Guid TemplateId, int TemplateVersion, string AcceptedById, DateTimeOffset AcceptedAt, decimal Amount, string Schedule)
{
    public static AcceptanceDto From(AgreementAcceptance a) => new(a.Id, a.FundingRequestId, a.TemplateId, a.TemplateVersion, a.AcceptedById, a.AcceptedAt, a.Amount, a.ScheduleText);
}

public sealed record AcceptInput(Guid FundingRequestId);

public sealed record RepayableDto(Guid AgreementId, DateOnly LeavingDate, LeavingReason Reason, decimal Amount, decimal Fraction, bool Triggered, bool Waived, string Explanation);
