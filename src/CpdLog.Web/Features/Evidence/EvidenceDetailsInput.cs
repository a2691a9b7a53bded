namespace CpdLog.Web.Features.Evidence;

/// <summary>
/// The details of an evidence file a user can change (the bytes never change): a brief description, the number of
/// pages and the standards it supports, as the HCPC evidence list asks. From the Edit page or PUT /api/v1/evidence/{id}.
/// </summary>
public sealed class EvidenceDetailsInput
{
    public string? Description { get; set; }

    public int? Pages { get; set; }

    public string? Standards { get; set; }

    public IReadOnlyList<FieldError> Validate() =>
        RecordValidation.EvidenceDetails(Description?.Trim() ?? "", Pages, Standards?.Trim() ?? "");

    public void ApplyTo(EvidenceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        file.Description = Description?.Trim() ?? "";
        file.Pages = Pages;
        file.Standards = Standards?.Trim() ?? "";
    }
}
