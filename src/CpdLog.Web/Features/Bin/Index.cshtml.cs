namespace CpdLog.Web.Features.Bin;

/// <summary>The bin: deleted records of every kind, each restorable.</summary>
public sealed class IndexModel(CpdLogDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<BinItem> Items { get; private set; } = [];

    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = (await BinContents.ListAsync(db, User.UserId(), ct)).ToShownPage(PageRequest.ParseOrFirst(Request.Query));
        Items = page;
        Pager = Pager.For(Request, page, "deleted record", "deleted records");
    }

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
