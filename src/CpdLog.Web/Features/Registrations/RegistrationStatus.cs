namespace CpdLog.Web.Features.Registrations;

/// <summary>One registration and the judgement of its current cycle (null when the body's rules are unavailable).</summary>
public sealed record RegistrationStatus(ProfessionalRegistration Registration, string BodyName, ComplianceResult? Result)
{
    /// <summary>Requirements whose result changed because a rule was corrected (see docs/requirement-codes.md).</summary>
    public IReadOnlyList<CorrectedResult> Corrections { get; init; } = [];

    /// <summary>
    /// The status scale's code ("met", "on-track", "at-risk", "not-met", "not-due", "warning"; see
    /// <see cref="StatusScale"/>) judged on the result's date, or "unknown" when the body's rules are unavailable.
    /// </summary>
    public string Status => Result is null ? "unknown" : Result.Status.Code();
}
