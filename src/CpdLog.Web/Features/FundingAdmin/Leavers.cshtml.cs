namespace CpdLog.Web.Features.FundingAdmin;

using System.Globalization;
using System.Text;
using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.Web.Authorization;
using CpdLog.Web.Features.Funding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

/// <summary>HR/Admin leaver statement: every agreement of one person, repayable for a leaving date and reason (waivers applied).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class LeaversModel(CpdLogDbContext db, FundingCalendar calendar, FundingAdminService admin) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? LeavingDate { get; set; }

    [BindProperty(SupportsGet = true)]
    public LeavingReason Reason { get; set; } = LeavingReason.Resignation;

    public List<LeaverLine> Lines { get; private set; } = [];

    public List<SelectListItem> People { get; private set; } = [];

    public async Task OnGetAsync()
    {
        People = [new SelectListItem("Choose a person", ""), .. (await db.Users.OrderBy(u => u.DisplayName).ToListAsync())
            .Select(u => new SelectListItem($"{u.DisplayName} ({u.Email})", u.Id))];
        LeavingDate ??= calendar.Today;
        if (!string.IsNullOrEmpty(UserId))
        {
            Lines = await admin.LeaverStatementAsync(UserId, LeavingDate.Value, Reason, HttpContext.RequestAborted);
        }
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (string.IsNullOrEmpty(UserId))
        {
            return BadRequest();
        }

        var date = LeavingDate ?? calendar.Today;
        var lines = await admin.LeaverStatementAsync(UserId, date, Reason, HttpContext.RequestAborted);
        var csv = FundingAdminService.LeaverCsv(lines, date, Reason);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv",
            $"leaver-statement-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }
}
