namespace CpdLog.Core.Funding;

/// <summary>
/// Study-leave allowance per person per financial year. Agenda for Change has no national entitlement: the figure is
/// local trust policy (configurable). Part-time staff get it pro rata to their contracted FTE (NHSE study-leave
/// guidance pro-rates for less-than-full-time staff), rounded to the nearest half hour.
/// </summary>
public sealed record StudyLeaveAllowance(decimal FullTimeHours, decimal HoursPerDay)
{
    /// <summary>Five days of 7.5 hours: a common local trust allowance for non-medical staff.</summary>
    public static readonly StudyLeaveAllowance Default = new(37.5m, 7.5m);

    public decimal HoursFor(decimal fte)
    {
        var clamped = Math.Clamp(fte, 0m, 1m);
        return Math.Round(FullTimeHours * clamped * 2m, MidpointRounding.AwayFromZero) / 2m;
    }

    /// <summary>Days of leave in hours; saturating, so an absurd number of days is refused by validation rather than overflowing.</summary>
    public decimal DaysToHours(decimal days) => FundingLimits.Multiply(days, HoursPerDay);

    /// <summary>
    /// Leave taken (approved study already finished by <paramref name="today"/>) and booked (approved, still to come)
    /// in <paramref name="year"/>, against the allowance for <paramref name="fte"/>.
    /// </summary>
    public StudyLeaveBalance Balance(decimal fte, FinancialYear year, DateOnly today, IEnumerable<FundingRequest> requests)
    {
        decimal taken = 0, booked = 0;
        foreach (var r in requests.Where(r => r.FinancialYearStart == year.StartYear && r.CommitsLeave))
        {
            var hours = FundingLimits.Stored(r.ApprovedLeaveHours ?? r.StudyLeaveHours);
            if (r.Status is FundingStatus.Completed or FundingStatus.AwaitingCostApproval || r.EndDate < today)
            {
                taken = FundingLimits.Add(taken, hours);
            }
            else
            {
                booked = FundingLimits.Add(booked, hours);
            }
        }

        return new StudyLeaveBalance(year, HoursFor(fte), taken, booked);
    }
}
