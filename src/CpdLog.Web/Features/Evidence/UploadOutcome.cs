namespace CpdLog.Web.Features.Evidence;

/// <summary>The result of an upload: saved, refused with field messages, or the record is not the user's.</summary>
public abstract record UploadOutcome
{
    public sealed record Saved(EvidenceFile File) : UploadOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : UploadOutcome;

    public sealed record RecordNotFound : UploadOutcome;
}
