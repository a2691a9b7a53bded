namespace CpdLog.Web.Features.Funding;

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
    decimal? ClaimedAmount,
    string CostReason,
    DateOnly? CompletedOn,
    Guid? ActivityId,
    Guid Version,
    IReadOnlyList<FundingDecisionDto> History)
{
    public static FundingRequestDto From(FundingRequest r) => new(
        r.Id, r.RequesterId, r.Title, r.Provider, r.StartDate, r.EndDate, r.Mode, r.PdpGoalId, r.TuitionFee, r.ExamFee, r.TravelCost,
        r.OtherCost, r.TotalRequested, r.StudyLeaveHours, r.StudyLeaveDates, r.PlannedHours, r.AcademicCredits, r.Justification,
        r.ExpectedImpact, r.Status, r.CostCentre, r.Year.Label, r.ApprovedAmount, r.ApprovedLeaveHours, r.AmountReason,
        r.BudgetOverrideReason, r.SpentAmount, r.ClaimedAmount, r.CostReason, r.CompletedOn, r.ActivityId, r.Version,
        [.. r.History.OrderBy(h => h.At).Select(h => new FundingDecisionDto(h.Action, h.FromStatus, h.ToStatus, h.ActorId, h.At, h.Comment, h.Amount, h.LeaveHours))]);
}
