namespace CpdLog.Web.Features.FundingAdmin;

using System.Text;
using CpdLog.Core.Funding;
using CpdLog.Web.Authorization;
using CpdLog.Web.Features.Funding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The append-only funding audit log: decisions, agreement acceptances, budget changes.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AuditModel(FundingAdminService admin) : PageModel
{
    public List<(FundingAuditEntry Entry, string Actor)> Entries { get; private set; } = [];

    public async Task OnGetAsync() => Entries = await admin.AuditAsync(500);

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var csv = FundingAdminService.AuditCsv(await admin.AuditAsync(int.MaxValue));
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv", "funding-audit.csv");
    }
}
