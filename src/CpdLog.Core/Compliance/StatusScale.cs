namespace CpdLog.Core.Compliance;

/// <summary>
/// The status rule (issue 14, docs/requirement-codes.md "Status scale"). Pure: the same requirement, cycle and
/// <c>today</c> always give the same answer. A requirement is worked on in its window, from <see cref="RequirementResult.OpensOn"/>
/// (default the cycle start) to <see cref="RequirementResult.DueBy"/> (default the cycle deadline), both inclusive.
/// <list type="number">
/// <item>Met when the rule set says so.</item>
/// <item>Not due while <c>today</c> is before the window opens (the item cannot be done yet).</item>
/// <item>Warning for any other unmet advisory requirement.</item>
/// <item>Not met once <c>today</c> is after the window's last day, or (time only) when the hours left exceed 24 for every day
/// left, today and the last day included.</item>
/// <item>A fault (HCPC gap) is at risk.</item>
/// <item>Otherwise on track while the first 10% of the window has not passed, then when achieved ≥ required × elapsed −
/// 10% of required (counted items: that pace line rounded down to a whole item), else at risk.</item>
/// </list>
/// Elapsed = days of the window begun by <c>today</c> (today counts) ÷ days in the window: 1/N on the first day and 1 on
/// the last.
/// </summary>
public static class StatusScale
{
    /// <summary>The first part of the window in which everything unmet is on track, and the slack behind the pace line.</summary>
    public const decimal Grace = 0.10m;

    public static ComplianceStatus Of(RequirementResult requirement, CpdCycle cycle, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(cycle);
        if (requirement.Met)
        {
            return ComplianceStatus.Met;
        }

        var (opens, due) = Window(requirement, cycle);
        if (today < opens)
        {
            return ComplianceStatus.NotDue;
        }

        if (requirement.Severity == RequirementSeverity.Advisory)
        {
            return ComplianceStatus.Warning;
        }

        if (today > due)
        {
            return ComplianceStatus.NotMet;
        }

        var measure = MeasureOf(requirement);
        if (measure == RequirementMeasure.Fault)
        {
            return ComplianceStatus.AtRisk;
        }

        if (measure == RequirementMeasure.Time && Left(requirement) > 24m * DaysLeft(due, today))
        {
            return ComplianceStatus.NotMet;
        }

        var elapsed = Elapsed(opens, due, today);
        if (elapsed < Grace)
        {
            return ComplianceStatus.OnTrack;
        }

        return requirement.Achieved >= PaceLine(requirement, elapsed) ? ComplianceStatus.OnTrack : ComplianceStatus.AtRisk;
    }

    /// <summary>
    /// A registration: the worst of its requirements, not-met &gt; at-risk &gt; on-track = not-due &gt; warning &gt; met. When the
    /// worst is on track or not due, "on-track" if any requirement is on track, else "not-due".
    /// </summary>
    public static ComplianceStatus Of(ComplianceResult result, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(result);
        var statuses = result.Requirements.Select(r => Of(r, result.Cycle, today)).ToList();
        if (statuses.Count == 0)
        {
            return ComplianceStatus.Met;
        }

        var worst = statuses.Max(s => s.Rank());
        return worst == ComplianceStatus.OnTrack.Rank()
            ? statuses.Contains(ComplianceStatus.OnTrack) ? ComplianceStatus.OnTrack : ComplianceStatus.NotDue
            : statuses.First(s => s.Rank() == worst);
    }

    /// <summary>
    /// The value at the window's last day at the current pace: achieved ÷ elapsed (counted items rounded down to whole
    /// items, time to the hundredth). Before the window opens, after it closes, and for faults: the achieved value.
    /// </summary>
    public static decimal Projected(RequirementResult requirement, CpdCycle cycle, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(cycle);
        var (opens, due) = Window(requirement, cycle);
        var measure = MeasureOf(requirement);
        if (today < opens || today > due || measure == RequirementMeasure.Fault)
        {
            return requirement.Achieved;
        }

        var projected = requirement.Achieved / Elapsed(opens, due, today);
        return measure == RequirementMeasure.Count ? Math.Floor(projected) : Math.Round(projected, 2, MidpointRounding.ToZero);
    }

    /// <summary>The amount needed today to be on track once the first 10% has passed: required × elapsed − 10% of required.</summary>
    public static decimal PaceLine(RequirementResult requirement, decimal elapsed)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var line = (requirement.Required * elapsed) - (Grace * requirement.Required);
        return MeasureOf(requirement) == RequirementMeasure.Count ? Math.Floor(line) : line;
    }

    /// <summary>Days of the window begun by <paramref name="today"/> ÷ days in the window, clamped to [0, 1].</summary>
    public static decimal Elapsed(DateOnly opens, DateOnly due, DateOnly today)
    {
        if (today < opens)
        {
            return 0m;
        }

        var days = due.DayNumber - opens.DayNumber + 1m;
        if (days <= 0 || today >= due)
        {
            return 1m;
        }

        return (today.DayNumber - opens.DayNumber + 1m) / days;
    }

    /// <summary>The window the requirement is worked on in: its own dates, else the cycle start and deadline.</summary>
    public static (DateOnly Opens, DateOnly Due) Window(RequirementResult requirement, CpdCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(cycle);
        return (requirement.OpensOn ?? cycle.Start, requirement.DueBy ?? cycle.Deadline);
    }

    /// <summary>The measure, with <see cref="RequirementMeasure.Auto"/> resolved from the unit.</summary>
    public static RequirementMeasure MeasureOf(RequirementResult requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        if (requirement.Measure != RequirementMeasure.Auto)
        {
            return requirement.Measure;
        }

        return requirement.Unit.ToLowerInvariant() switch
        {
            "hour" or "hours" or "unit" or "units" or "credit" or "credits" => RequirementMeasure.Time,
            _ => RequirementMeasure.Count,
        };
    }

    private static decimal Left(RequirementResult requirement) => Math.Max(0m, requirement.Required - requirement.Achieved);

    /// <summary>Whole days from today to the last day, both included.</summary>
    private static int DaysLeft(DateOnly due, DateOnly today) => due.DayNumber - today.DayNumber + 1;
}
