namespace CpdLog.Web.Features.Admin;

using System.Text;
using CpdLog.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The append-only admin audit: every administrative act with who, when, before and after; downloadable as CSV.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AuditModel(AdminAuditLog audit) : PageModel
{
    public List<AdminAuditLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Lines = await audit.ListAsync(500, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var csv = AdminAuditLog.Csv(await audit.ListAsync(int.MaxValue, ct));
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv", "admin-audit.csv");
    }
}
