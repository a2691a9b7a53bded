namespace CpdLog.Core.Funding;

/// <summary>What a requester asks for: everything a draft holds. Validated by <see cref="FundingRequest.Validate"/>.</summary>
public sealed record FundingRequestDetails(
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
    decimal StudyLeaveHours,
    string StudyLeaveDates,
    decimal PlannedHours,
    int AcademicCredits,
    string Justification,
    string ExpectedImpact);
