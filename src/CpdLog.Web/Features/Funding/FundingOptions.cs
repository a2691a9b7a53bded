namespace CpdLog.Web.Features.Funding;

/// <summary>Local trust policy for funded study (section <c>Funding</c> of configuration).</summary>
public sealed class FundingOptions
{
    /// <summary>Requests above this need a budget holder's approval after the line manager's (NHSE study leave: £1,000).</summary>
    public decimal SecondApprovalThreshold { get; set; } = 1000m;

    /// <summary>Full-time study-leave allowance per financial year, in hours (pro-rata by FTE).</summary>
    public decimal StudyLeaveHoursPerYear { get; set; } = 37.5m;

    public decimal HoursPerDay { get; set; } = 7.5m;

    /// <summary>Remind approvers of a decision waiting longer than this many days (and again every this many days).</summary>
    public int ReminderAfterDays { get; set; } = 5;

    public bool RemindersEnabled { get; set; } = true;

    public int ReminderCheckMinutes { get; set; } = 60;

    /// <summary>The most any one amount (a fee, a total, an approval, an actual cost, a budget) may be, in pounds.</summary>
    public decimal MaxAmount { get; set; } = FundingLimits.Default.MaxAmount;

    /// <summary>The most a cost centre's budget for one year may be, in pounds.</summary>
    public decimal MaxBudget { get; set; } = 10_000_000m;

    public StudyLeaveAllowance Allowance => new(StudyLeaveHoursPerYear, HoursPerDay);

    public FundingLimits Limits => new(MaxAmount);
}
