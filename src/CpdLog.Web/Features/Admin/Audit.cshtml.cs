namespace CpdLog.Web.Features.Admin;

/// <summary>The append-only admin audit: every administrative act with who, when, before and after; downloadable as CSV.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AuditModel(AdminAuditLog audit) : PageModel
{
    public IReadOnlyList<AdminAuditLine> Lines { get; private set; } = [];

    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = await audit.PageAsync(PageRequest.ParseOrFirst(Request.Query), forPage: true, ct);
        Lines = page;
        Pager = Pager.For(Request, page, "entry", "entries");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var csv = AdminAuditLog.Csv(await audit.ListAsync(int.MaxValue, ct));
        return CsvDownload.File(csv, "admin-audit.csv");
    }
}
