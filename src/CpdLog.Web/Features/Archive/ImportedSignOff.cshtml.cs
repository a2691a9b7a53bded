namespace CpdLog.Web.Features.Archive;

using System.Text.Json.Nodes;
using CpdLog.Core.Archive;

/// <summary>
/// A sign-off that came in a personal archive: what the archive says about it, marked "imported, not verified here"
/// (this service never sent the link, so it cannot vouch for the signature). Only its owner sees it.
/// </summary>
public sealed class ImportedSignOffModel(CpdLogDbContext db) : PageModel
{
    public ImportedHistoryItem? Item { get; private set; }

    public JsonObject Fields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Item = await FindAsync(db, User.UserId(), id, ct);
        if (Item is null)
        {
            return NotFound();
        }

        Fields = JsonNode.Parse(Item.Json) as JsonObject ?? [];
        return Page();
    }

    public string Text(string name) => Fields[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";

    /// <summary>The owner's imported sign-off with this id (the id a record's <c>SignOffId</c> holds after import).</summary>
    public static Task<ImportedHistoryItem?> FindAsync(CpdLogDbContext db, string ownerId, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ImportedHistory.AsNoTracking()
            .FirstOrDefaultAsync(h => h.OwnerId == ownerId && h.Kind == ImportedHistoryKinds.SignOff && h.Id == id, ct);
    }

    /// <summary>This page's name, for <c>RedirectToPage</c> and <c>asp-page</c> (route value <c>id</c>).</summary>
    public const string PageName = "/Archive/ImportedSignOff";
}
