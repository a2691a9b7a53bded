namespace CpdLog.Web.Features.Bin;

using CpdLog.Data;
using CpdLog.Web.Features.Records;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The bin: deleted records of every kind, each restorable.</summary>
public sealed class IndexModel(CpdLogDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<BinItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await BinContents.ListAsync(db, User.UserId(), ct);

    public async Task<IActionResult> OnPostRestoreAsync(string kind, Guid id, CancellationToken ct)
    {
        var type = RecordTypes.BySlug(kind);
        if (type is null || !await type.RestoreAsync(db, User.UserId(), id, clock.GetUtcNow(), ct))
        {
            return NotFound();
        }

        TempData["Success"] = $"{type.Name} restored.";
        return RedirectToPage();
    }
}
