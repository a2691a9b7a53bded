namespace CpdLog.Web.Features.Records.Qualifications;

/// <summary>Confirm, then remove a module from one of the user's qualifications. A CPD activity logged from it stays in the log.</summary>
public sealed class RemoveModuleModel(CpdLogDbContext db, TimeProvider clock) : PageModel
{
    public Qualification Qualification { get; private set; } = default!;

    public QualificationModule Module { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid moduleId, CancellationToken ct)
        => await LoadAsync(id, moduleId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid moduleId, CancellationToken ct)
    {
        if (!await LoadAsync(id, moduleId, ct))
        {
            return NotFound();
        }

        Qualification.Modules.Remove(Module);
        Qualification.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Module removed: {Module.Title}";
        return RedirectToPage(RecordTypes.Qualifications.RecordPage, new { id });
    }

    private async Task<bool> LoadAsync(Guid id, Guid moduleId, CancellationToken ct)
    {
        var qualification = await RecordTypes.Qualifications.FindAsync(db, User.UserId(), id, ct);
        var module = qualification?.Modules.SingleOrDefault(m => m.Id == moduleId);
        if (qualification is null || module is null)
        {
            return false;
        }

        Qualification = qualification;
        Module = module;
        return true;
    }
}
