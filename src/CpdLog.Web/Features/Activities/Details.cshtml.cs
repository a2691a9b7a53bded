namespace CpdLog.Web.Features.Activities;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Features.Evidence;
using CpdLog.Web.Features.Records;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>One activity: every field, and its evidence (upload, download, move to the bin).</summary>
public sealed class DetailsModel(CpdLogDbContext db, IMapper mapper, EvidenceService evidence) : PageModel
{
    public ActivityDto Activity { get; private set; } = default!;

    public IReadOnlyList<EvidenceDto> Evidence { get; private set; } = [];

    public long MaxBytes => evidence.MaxBytes;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
        => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(Guid id, CancellationToken ct)
    {
        switch (await evidence.UploadAsync(User.UserId(), RecordKind.Activity, id, Upload, ct))
        {
            case UploadOutcome.Saved saved:
                TempData["Success"] = $"Evidence added: {saved.File.FileName}";
                return RedirectToPage(new { id });
            case UploadOutcome.Invalid invalid:
                foreach (var error in invalid.Errors)
                {
                    ModelState.AddModelError(nameof(Upload), error.Message);
                }

                return await LoadAsync(id, ct) ? Page() : NotFound();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostRemoveEvidenceAsync(Guid id, Guid evidenceId, CancellationToken ct)
    {
        var ownerId = User.UserId();
        var file = await evidence.FindAsync(ownerId, evidenceId, ct);
        if (file is null || file.RecordKind != RecordKind.Activity || file.RecordId != id)
        {
            return NotFound();
        }

        await evidence.MoveToBinAsync(ownerId, evidenceId, ct);
        TempData["Success"] = $"Moved to the bin: {file.FileName}. You can restore it from the bin.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var ownerId = User.UserId();
        var activity = await RecordTypes.Activities.FindAsync(db, ownerId, id, ct);
        if (activity is null)
        {
            return false;
        }

        Activity = mapper.Map<ActivityDto>(activity);
        Evidence = mapper.Map<List<EvidenceDto>>(await evidence.ListAsync(ownerId, RecordKind.Activity, id, ct));
        return true;
    }
}
