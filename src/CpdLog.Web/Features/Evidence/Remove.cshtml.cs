namespace CpdLog.Web.Features.Evidence;

/// <summary><c>POST /Evidence/Remove/{id}</c>: moves one of the user's files to the bin and returns to its record.</summary>
public sealed class RemoveModel(EvidenceService evidence) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await evidence.MoveToBinAsync(User.UserId(), id, ct) is not { } file)
        {
            return NotFound();
        }

        TempData["Success"] = $"Moved to the bin: {file.FileName}. You can restore it from the bin.";
        return RecordTypes.ForEvidence(file.RecordKind) is { } type ? RedirectToPage(type.RecordPage, new { id = file.RecordId }) : RedirectToPage("/Bin/Index");
    }
}
