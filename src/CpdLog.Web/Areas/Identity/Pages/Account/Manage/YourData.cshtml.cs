namespace CpdLog.Web.Areas.Identity.Pages.Account.Manage;

using CpdLog.Web.Features.Archive;
using CpdLog.Web.Features.Evidence;

/// <summary>
/// "Your data": what the personal archive holds, a button to download it, and a form to import one from another
/// CpdLog (the same service as <c>GET|POST /api/v1/me/archive</c>).
/// </summary>
public sealed class YourDataModel(PersonalArchiveService archives, UploadRateLimit uploads, TimeProvider clock, CpdLog.Data.CpdLogDbContext db, IFileStore store) : PageModel
{
    /// <summary>The archive chosen on the page.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>What the last import did, shown in the confirmation panel.</summary>
    public ArchiveImportResult? Result { get; private set; }

    /// <summary>Read-only history brought in by earlier imports (funding, issued portfolios, sign-offs), oldest import first.</summary>
    public IReadOnlyList<Core.Archive.ImportedHistoryItem> History { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadHistoryAsync(ct);

    /// <summary>The download button: the signed-in person's archive, streamed from a temporary file.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        var stream = await archives.ExportAsync(User.UserId(), ct);
        return File(stream, PersonalArchiveService.ContentType, PersonalArchiveService.FileName(clock.UkToday()));
    }

    /// <summary>The PDF of a portfolio brought in from a previous employer's CpdLog (the signed-in person's only).</summary>
    public async Task<IActionResult> OnGetPortfolioAsync(Guid id, CancellationToken ct)
    {
        var ownerId = User.UserId();
        var item = await db.ImportedHistory.AsNoTracking()
            .FirstOrDefaultAsync(h => h.Id == id && h.OwnerId == ownerId && h.Kind == Core.Archive.ImportedHistoryKinds.IssuedPortfolio && h.StorageKey != null, ct);
        var content = item is null ? null : await store.OpenReadAsync(item.StorageKey!, ct);
        return content is null ? NotFound() : File(content, "application/pdf", $"imported-portfolio-{item!.ArchiveId:N}.pdf");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a CpdLog personal archive (a .zip file) to import");
            await LoadHistoryAsync(ct);
            return Page();
        }

        if (!uploads.TryAcquire(User.UserId()))
        {
            ModelState.AddModelError(nameof(Upload), UploadRateLimit.Message);
            await LoadHistoryAsync(ct);
            return Page();
        }

        try
        {
            Result = await archives.ImportAsync(User.UserId(), Upload, ct);
        }
        catch (ArchiveRefusedException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
        }

        await LoadHistoryAsync(ct);
        return Page();
    }

    private async Task LoadHistoryAsync(CancellationToken ct)
    {
        var ownerId = User.UserId();
        History = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.ImportedHistory.Where(h => h.OwnerId == ownerId).OrderBy(h => h.ImportedAt).ThenBy(h => h.Kind).ThenBy(h => h.Title), ct);
    }

    /// <summary>The plural name of an archive record type for the confirmation panel ("CPD activities", "Funding requests").</summary>
    public static string TypeName(string slug) => RecordTypes.BySlug(slug)?.PluralName ?? slug switch
    {
        Core.Archive.ImportedHistoryKinds.FundingRequest => "Funding requests (previous employer)",
        Core.Archive.ImportedHistoryKinds.FundingDecision => "Funding decisions (previous employer)",
        Core.Archive.ImportedHistoryKinds.Agreement => "Learning agreements (previous employer)",
        Core.Archive.ImportedHistoryKinds.AgreementAcceptance => "Agreement acceptances (previous employer)",
        Core.Archive.ImportedHistoryKinds.IssuedPortfolio => "Issued portfolios (not verifiable here)",
        Core.Archive.ImportedHistoryKinds.SignOff => "Sign-offs (imported, not verified here)",
        "portfolio-texts" => "HCPC profile texts",
        _ => slug,
    };
}
