namespace CpdLog.Web.Features.Funding;

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
    /// <summary>More study-leave days than anyone asks for in one request; the limit also keeps the conversion to hours in range.</summary>
    public const int MaxStudyLeaveDays = 1000;

    public const string StudyLeaveDaysMessage = "Study leave must be between 0 and 1000 days";

    /// <summary>
    /// Field errors of the days, which only this input has: they must be caught before converting to hours (a huge
    /// number of days would overflow). The details are still validated with the days left out, so every other
    /// field's error shows at the same time.
    /// </summary>
    public IReadOnlyList<FieldError> EdgeErrors() => StudyLeaveDays is >= 0 and <= MaxStudyLeaveDays
        ? []
        : [new FieldError("studyLeaveDays", StudyLeaveDaysMessage)];

    /// <summary>Leave may be asked in days or hours; days convert at the configured hours per day.</summary>
    public FundingRequestDetails ToDetails(FundingOptions options) => new(
        Title ?? "", Provider ?? "", StartDate, EndDate, Mode, PdpGoalId, TuitionFee, ExamFee, TravelCost, OtherCost,
        EdgeErrors().Count > 0 ? StudyLeaveHours : LeaveHours(options), StudyLeaveDates ?? "", PlannedHours, AcademicCredits, Justification ?? "", ExpectedImpact ?? "");

    // Out-of-range inputs are passed on unconverted (never added, which could overflow) for FundingRequest.Validate to refuse.
    private decimal LeaveHours(FundingOptions options) =>
        StudyLeaveDays is >= 0 and <= MaxStudyLeaveDays && StudyLeaveHours is >= 0 and <= 9_999_999_999m
            ? StudyLeaveHours + options.Allowance.DaysToHours(StudyLeaveDays)
            : StudyLeaveDays == 0 ? StudyLeaveHours : -1;
}
