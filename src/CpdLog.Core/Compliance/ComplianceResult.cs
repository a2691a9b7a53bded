namespace CpdLog.Core.Compliance;

/// <summary>The judgement of one registration's current cycle.</summary>
public sealed record ComplianceResult(
    string Body,
    string RuleVersion,
    CpdCycle Cycle,
    IReadOnlyList<RequirementResult> Requirements)
{
    /// <summary>Met when every required (non-advisory) requirement is met.</summary>
    public bool Met => Requirements.All(r => r.Met || r.Severity == RequirementSeverity.Advisory);

    public bool HasWarnings => Requirements.Any(r => !r.Met && r.Severity == RequirementSeverity.Advisory);

    /// <summary>The date the judgement was made; set by every rule set in the catalogue.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Days from <see cref="AsOf"/> to the cycle deadline (negative when overdue); null when AsOf is unknown.</summary>
    public int? DaysLeft => AsOf is { } asOf ? Cycle.DaysLeft(asOf) : null;

    /// <summary>The judgement date, or the deadline when a rule set did not say (every built-in one does).</summary>
    private DateOnly Today => AsOf ?? Cycle.Deadline;

    /// <summary>Gaps of three months or more in the record (HCPC continuous record); empty for other bodies.</summary>
    public IReadOnlyList<CpdGap> Gaps { get; init; } = [];

    /// <summary>The registration's status on the scale, judged on <see cref="AsOf"/> (see <see cref="StatusScale"/>).</summary>
    public ComplianceStatus Status => StatusScale.Of(this, Today);

    /// <summary>One requirement's status on the scale, judged on <see cref="AsOf"/>.</summary>
    public ComplianceStatus StatusOf(RequirementResult requirement) => StatusScale.Of(requirement, Cycle, Today);

    /// <summary>The requirement's value at its deadline at the current pace, from <see cref="AsOf"/>.</summary>
    public decimal ProjectedOf(RequirementResult requirement) => StatusScale.Projected(requirement, Cycle, Today);

    /// <summary>The requirement with this code (case-insensitive), or null when the rule set has no such requirement.</summary>
    public RequirementResult? Find(string code) =>
        Requirements.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}
