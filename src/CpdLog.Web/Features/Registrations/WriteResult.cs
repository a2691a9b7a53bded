namespace CpdLog.Web.Features.Registrations;

/// <summary>The outcome of a write: the saved registration, or every error keyed by the request's JSON property name.</summary>
public sealed record WriteResult(ProfessionalRegistration? Registration, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
