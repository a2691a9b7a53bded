namespace CpdLog.Core.Compliance;

/// <summary>How a requirement's amount grows, for the pace rule of <see cref="StatusScale"/>.</summary>
public enum RequirementMeasure
{
    /// <summary>From the unit: hours, units and credits are <see cref="Time"/>; anything else is <see cref="Count"/>.</summary>
    Auto = 0,

    /// <summary>An amount of time (hours; ACCA units and GMC credits are hours too): the 24-hours-a-day test applies.</summary>
    Time = 1,

    /// <summary>Counted items (reflections, declarations): the pace line is rounded down to a whole item.</summary>
    Count = 2,

    /// <summary>
    /// A fault that is present now and can be put right now (HCPC: an unexplained gap in the record): there is no pace,
    /// so an unmet item is at risk until the deadline and not met after it.
    /// </summary>
    Fault = 3,
}
