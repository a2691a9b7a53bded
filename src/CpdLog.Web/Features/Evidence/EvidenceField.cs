namespace CpdLog.Web.Features.Evidence;

/// <summary>
/// The optional file input inside a record's own Add or Edit form (<c>/Features/Shared/_EvidenceField.cshtml</c>):
/// the file is checked with the record and attached in the same save, so nothing typed is lost to a separate upload.
/// </summary>
/// <param name="ChosenBefore">The file the user chose before the form came back with errors (browsers cannot keep it).</param>
public sealed record EvidenceField(long MaxBytes, string Hint, string? ChosenBefore)
{
    /// <summary>Name and id of the file input (the error summary links to it).</summary>
    public const string Field = "EvidenceUpload";
}
