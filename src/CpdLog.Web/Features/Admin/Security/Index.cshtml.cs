namespace CpdLog.Web.Features.Admin.Security;

/// <summary>The security audit: sign-ins, failures, lockouts, two-factor and password changes. Admins only.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(CpdLogDbContext db) : PageModel
{
    public List<SecurityEvent> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Events = await SecurityEventLog.LatestAsync(db, 500, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var csv = SecurityEventLog.Csv(await SecurityEventLog.LatestAsync(db, int.MaxValue, ct));
        return CsvDownload.File(csv, "security-events.csv");
    }
}
