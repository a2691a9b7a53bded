namespace CpdLog.Web.Features.Registrations;

/// <summary>
/// A user's live registrations (in judging order: created, then id) and the lean rule inputs of their live records
/// (each list ordered by id), as of at least change number <paramref name="Stamp"/>. Immutable: a newer state is a new
/// instance, so requests can share one.
/// </summary>
public sealed record UserRuleInputs(long Stamp, IReadOnlyList<ProfessionalRegistration> Registrations, ComplianceInput Evidence)
{
    /// <summary>Registrations and records held (the cache's size of this entry).</summary>
    public int RecordCount =>
        Registrations.Count + Evidence.Activities.Count + Evidence.Reflections.Count + Evidence.Feedback.Count + Evidence.PracticeHours.Count
        + Evidence.Discussions.Count + Evidence.Confirmations.Count + Evidence.Declarations.Count + Evidence.GapExplanations.Count;
}
