namespace CpdLog.Web.Features.Funding;

using CpdLog.Core.Funding;
using CpdLog.Core.Records;

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

public sealed record DecisionInput(string? Comment);

public sealed record CompleteInput(DateOnly CompletedOn, decimal ActualHours, decimal? ActualCost, string? Reflection, string? CostReason = null);

/// <summary>The approver's decision on an actual cost above the approved amount.</summary>
public sealed record CostDecisionInput(bool Accept, string? Comment, string? BudgetOverrideReason);

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

/// <summary>A person as the team and delegation APIs show them: id and name only.</summary>
public sealed record PersonDto(string Id, string Name)
{
    public static PersonDto From(Data.CpdUser u) => new(u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id);
}

public sealed record LeaveDto(decimal Allowance, decimal Taken, decimal Booked, decimal Remaining);

/// <summary>How one registration stands: the body, the status scale's code ("met", "on-track", "at-risk", "not-met", "not-due", "warning"; or "unknown") and the cycle deadline. No record content.</summary>
public sealed record RegistrationStatusDto(string BodyCode, string Status, DateOnly? Deadline);

/// <summary>One direct report (or a delegator's report, in the delegation window) for one financial year.</summary>
public sealed record TeamMemberDto(
    PersonDto Person, string FinancialYear, decimal Committed, decimal Spent, LeaveDto Leave, IReadOnlyList<RegistrationStatusDto> Registrations)
{
    public static TeamMemberDto From(TeamMemberOverview o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var m = o.Member;
        return new(
            PersonDto.From(m.Person), m.Year.Label, m.Committed, m.Spent,
            new LeaveDto(m.Leave.Allowance, m.Leave.Taken, m.Leave.Booked, m.Leave.Remaining),
            [.. o.Registrations.Select(r => new RegistrationStatusDto(r.Registration.BodyCode, r.Status, r.Result?.Cycle.Deadline))]);
    }
}

/// <summary>A delegation; <see cref="Role"/> is "lineManager" when you made it and "delegate" when you were named in it.</summary>
public sealed record DelegationDto(Guid Id, PersonDto LineManager, PersonDto Delegate, DateOnly From, DateOnly To, bool ActiveToday, string Role)
{
    public static DelegationDto Of(Team.DelegationView v, string userId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(v);
        var d = v.Delegation;
        return new(d.Id, new PersonDto(d.LineManagerId, v.LineManagerName), new PersonDto(d.DelegateId, v.DelegateName), d.From, d.To,
            d.IsActiveOn(today), d.LineManagerId == userId ? "lineManager" : "delegate");
    }
}

/// <summary>Names a delegate: another line manager who decides your reports' requests from <c>from</c> to <c>to</c> (inclusive).</summary>
public sealed record DelegationInput(string? DelegateId, DateOnly? From, DateOnly? To);
