namespace CpdLog.Web.Features.FundingAdmin;

using CpdLog.Web.Features.Funding;

/// <summary>The append-only funding audit log: decisions, agreement acceptances, budget changes.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AuditModel(FundingAdminService admin) : PageModel
{
    public IReadOnlyList<(FundingAuditEntry Entry, string Actor)> Entries { get; private set; } = [];

    public Pager Pager { get; private set; } = Pager.Empty;

    public async Task OnGetAsync()
    {
        var page = await admin.AuditPageAsync(PageRequest.ParseOrFirst(Request.Query), HttpContext.RequestAborted);
        Entries = page;
        Pager = Pager.For(Request, page, "entry", "entries");
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var csv = FundingAdminService.AuditCsv(await admin.AuditAsync(int.MaxValue, HttpContext.RequestAborted));
        return CsvDownload.File(csv, "funding-audit.csv");
    }
}
