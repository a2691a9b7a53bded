namespace CpdLog.Web.Features.Evidence;

/// <summary>
/// <c>POST /Evidence/Upload</c>: the one upload handler behind every record's evidence panel. The record must be the
/// user's and live (otherwise 404, as for any other route); the user goes back to the record's own page, which is
/// derived from the record kind and id, never taken from the request, with a success banner or the reason the file
/// was refused.
/// </summary>
public sealed class UploadModel(EvidenceService evidence) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(
        [FromForm] string? recordKind, [FromForm] string? recordId, [FromForm(Name = EvidencePanel.Field)] IFormFile? upload, CancellationToken ct)
    {
        if (EvidenceEndpoints.ParseTarget(recordKind, recordId) is not { } target)
        {
            return NotFound();
        }

        var recordPage = RecordTypes.ForEvidence(target.Kind)!.RecordPage;
        switch (await evidence.UploadAsync(User.UserId(), target.Kind, target.Id, upload, ct))
        {
            case UploadOutcome.Saved saved:
                TempData["Success"] = $"Evidence added: {saved.File.FileName}";
                return RedirectToPage(recordPage, new { id = target.Id });
            case UploadOutcome.Invalid invalid:
                TempData[EvidencePanel.ErrorKey] = invalid.Errors[0].Message;
                return RedirectToPage(recordPage, new { id = target.Id });
            default:
                return NotFound();
        }
    }
}
