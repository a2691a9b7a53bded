namespace CpdLog.Core.Compliance;

/// <summary>
/// The one status scale of CpdLog (dashboard, registration pages, team view, API, portfolio summary, reminders).
/// The rule is <see cref="StatusScale"/>; docs/requirement-codes.md ("Status scale") words it.
/// </summary>
public enum ComplianceStatus
{
    /// <summary>Done: the requirement is met (a registration: every item met).</summary>
    Met = 0,

    /// <summary>Not met yet, but the amount achieved keeps pace with the time gone.</summary>
    OnTrack = 1,

    /// <summary>Behind the pace line: still possible before the deadline, but act now.</summary>
    AtRisk = 2,

    /// <summary>The deadline has passed unmet, or what is left cannot be done in the time left.</summary>
    NotMet = 3,

    /// <summary>Cannot be done yet (e.g. the NMC confirmation before the final 12 months).</summary>
    NotDue = 4,

    /// <summary>An advisory requirement that is not met: never a failure.</summary>
    Warning = 5,
}
