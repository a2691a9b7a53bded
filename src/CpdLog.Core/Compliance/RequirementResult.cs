namespace CpdLog.Core.Compliance;

/// <summary>One requirement judged: stable kebab-case <paramref name="Code"/>, required vs achieved.</summary>
public sealed record RequirementResult(
    string Code,
    string Title,
    decimal Required,
    decimal Achieved,
    string Unit,
    bool Met,
    RequirementSeverity Severity,
    string NextStep,
    string Source)
{
    /// <summary>
    /// The first day the item can be done, when later than the cycle start (NMC confirmation: the final 12 months; a
    /// CIPFA year not started). Before it the item is "not-due" (<see cref="StatusScale"/>). Null: the cycle start.
    /// </summary>
    public DateOnly? OpensOn { get; init; }

    /// <summary>The last day the item can be done, when not the cycle deadline (a GMC appraisal year). Null: the deadline.</summary>
    public DateOnly? DueBy { get; init; }

    /// <summary>How the amount grows, for the pace rule; <see cref="RequirementMeasure.Auto"/> goes by <see cref="Unit"/>.</summary>
    public RequirementMeasure Measure { get; init; }

    /// <summary>Time-blind: "met", "warning" or "not-met" meaning "not met yet". Use <see cref="ComplianceResult.StatusOf"/>.</summary>
    [Obsolete("Time-blind (\"not-met\" here means \"not met yet\"). Use ComplianceResult.StatusOf(requirement) or StatusScale.Of(requirement, cycle, today): one status scale everywhere (issue 14).")]
    public string Status => Met ? "met" : Severity == RequirementSeverity.Advisory ? "warning" : "not-met";
}
