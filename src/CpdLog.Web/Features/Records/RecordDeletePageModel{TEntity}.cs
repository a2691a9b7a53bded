namespace CpdLog.Web.Features.Records;

/// <summary>
/// Delete = move to the bin: a confirmation page, then a POST. Nothing is hard-deleted from a page. Every type's
/// <c>Delete.cshtml</c> names this class with its entity.
/// </summary>
public sealed class RecordDeletePageModel<TEntity>(CpdLogDbContext db, TimeProvider clock) : RecordDeletePageModel
    where TEntity : OwnedRecord
{
    /// <summary>The type's descriptor in <see cref="RecordTypes.All"/>.</summary>
    private static RecordType<TEntity> Type => RecordTypes.Of<TEntity>();

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid id, CancellationToken ct)
    {
        var record = await Type.FindAsync(db, User.UserId(), id, ct);
        if (record is null)
        {
            return NotFound();
        }

        if (SignedRecords.SignOffOf(record) is { } signOff)
        {
            return RedirectToPage(SignedRecords.DetailsPage, new { id = signOff });
        }

        TypeName = Type.Name;
        Description = Type.Describe(record);
        CancelUrl = Type.DetailsPage is null ? Url.Page(Type.IndexPage)! : Url.Page(Type.RecordPage, new { id = record.Id })!;
        ViewData["Title"] = Question; // the layout reads the page's ViewData, not the partial's copy
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid id, CancellationToken ct)
    {
        var record = await Type.FindAsync(db, User.UserId(), id, ct);
        if (record is null)
        {
            return NotFound();
        }

        if (SignedRecords.SignOffOf(record) is { } signOff)
        {
            TempData["Error"] = SignedRecords.Message;
            return RedirectToPage(SignedRecords.DetailsPage, new { id = signOff });
        }

        record.MoveToBin(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Moved to the bin: {Type.Describe(record)}. You can restore it from the bin.";
        return RedirectToPage(Type.IndexPage);
    }
}
