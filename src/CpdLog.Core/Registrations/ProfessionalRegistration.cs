namespace CpdLog.Core.Registrations;

/// <summary>A user's registration or membership with a professional body.</summary>
public sealed class ProfessionalRegistration : OwnedRecord
{
    /// <summary>Body code from the rule catalogue, e.g. "NMC", "HCPC", "ICAEW".</summary>
    public string BodyCode { get; set; } = "";

    public string RegistrationNumber { get; set; } = "";

    /// <summary>
    /// The date that anchors the cycle: the renewal (expiry) date for NMC/HCPC/GMC, or the first day of the member's
    /// chosen CPD year for bodies that let members choose (CIPFA).
    /// </summary>
    public DateOnly AnchorDate { get; set; }

    /// <summary>Body options, e.g. NMC "dual" (nurse + midwife), ICAEW "category"/"inPractice", ACCA "route".</summary>
    public Dictionary<string, string> Options { get; set; } = [];

    /// <summary>For a body defined by an Admin ("OTHER"), the id of that definition.</summary>
    public Guid? CustomBodyId { get; set; }

    /// <summary>Pinned rule version; null means "the version in force for the cycle".</summary>
    public string? RuleVersion { get; set; }
}
