namespace CpdLog.Web.Features.Evidence;

using AutoMapper;

/// <summary>
/// What the shared evidence panel (<c>/Features/Shared/_EvidencePanel.cshtml</c>) shows under any record: its files
/// and the upload form, which posts to <c>/Evidence/Upload</c>. A refused upload comes back to the record's page as
/// <see cref="ErrorKey"/> in TempData and is shown as a model-state error on the <see cref="Field"/> input, so it
/// appears in the page's error summary and next to the file input.
/// </summary>
public sealed record EvidencePanel(RecordKind Kind, Guid RecordId, IReadOnlyList<EvidenceDto> Files, long MaxBytes)
{
    /// <summary>Name and id of the file input (the error summary links to it).</summary>
    public const string Field = "Upload";

    public const string ErrorKey = "EvidenceError";

    /// <summary>What makes good evidence for this kind of record (from its descriptor).</summary>
    public string Hint => RecordTypes.ForEvidence(Kind)?.EvidenceHint ?? "";

    /// <summary>False where the page's own form has the file input (a record's Edit page).</summary>
    public bool ShowsUpload { get; init; } = true;

    /// <summary>
    /// Loads the signed-in user's files on a record the page has already found to be theirs, and takes a refused
    /// upload's message from TempData into the page's model state.
    /// </summary>
    public static async Task<EvidencePanel> LoadAsync(PageModel page, EvidenceService evidence, IMapper mapper, RecordKind kind, Guid recordId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(mapper);
        if (page.TempData[ErrorKey] is string error)
        {
            page.ModelState.AddModelError(Field, error);
        }

        var files = await evidence.ListAsync(page.User.UserId(), kind, recordId, ct);
        return new(kind, recordId, mapper.Map<List<EvidenceDto>>(files), evidence.MaxBytes);
    }
}
