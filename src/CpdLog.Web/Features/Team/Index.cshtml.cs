namespace CpdLog.Web.Features.Team;

using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.Web.Authorization;
using CpdLog.Web.Features.Funding;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

/// <summary>The line manager's queue of decisions, and their out-of-office delegate.</summary>
[Authorize(Policy = Policies.LineManager)]
public sealed class IndexModel(CpdLogDbContext db, FundingQueries queries, FundingService funding) : PageModel
{
    public List<QueueItem> Queue { get; private set; } = [];

    public List<(ApprovalDelegation Delegation, string Name)> Delegations { get; private set; } = [];

    public List<SelectListItem> Colleagues { get; private set; } = [];

    [BindProperty]
    public string? DelegateId { get; set; }

    [BindProperty]
    public DateOnly From { get; set; }

    [BindProperty]
    public DateOnly To { get; set; }

    public async Task OnGetAsync()
    {
        From = funding.Today;
        To = funding.Today.AddDays(14);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostDelegateAsync()
    {
        var me = User.UserId();
        var check = ApprovalDelegation.Validate(me, DelegateId ?? "", From, To, funding.Today);
        var colleague = await LineManagersQuery().AnyAsync(u => u.Id == DelegateId);
        if (!check.Succeeded || !colleague)
        {
            ModelState.AddModelError(check.Succeeded ? nameof(DelegateId) : char.ToUpperInvariant(check.Refusal!.Field[0]) + check.Refusal.Field[1..],
                check.Refusal?.Message ?? "Choose another line manager as your delegate");
            await LoadAsync();
            return Page();
        }

        db.ApprovalDelegations.Add(new ApprovalDelegation { LineManagerId = me, DelegateId = DelegateId!, From = From, To = To, CreatedAt = funding.Now });
        funding.Audit(me, "DelegateNamed", null, null, $"Delegate {DelegateId} from {From:yyyy-MM-dd} to {To:yyyy-MM-dd}");
        await db.SaveChangesAsync();
        TempData["Success"] = "Delegate named.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndDelegationAsync(Guid delegationId)
    {
        var delegation = await db.ApprovalDelegations.SingleOrDefaultAsync(d => d.Id == delegationId && d.LineManagerId == User.UserId());
        if (delegation is null)
        {
            return NotFound();
        }

        db.ApprovalDelegations.Remove(delegation);
        funding.Audit(User.UserId(), "DelegateEnded", null, null, $"Delegate {delegation.DelegateId}");
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    private IQueryable<CpdUser> LineManagersQuery()
    {
        var me = User.UserId();
        return from u in db.Users
               join ur in db.UserRoles on u.Id equals ur.UserId
               join r in db.Roles on ur.RoleId equals r.Id
               where r.Name == Roles.LineManager && u.Id != me
               select u;
    }

    private async Task LoadAsync()
    {
        Queue = await queries.QueueAsync(User);
        var me = User.UserId();
        var today = funding.Today;
        var mine = await db.ApprovalDelegations.Where(d => d.LineManagerId == me && d.To >= today).ToListAsync();
        var ids = mine.Select(d => d.DelegateId).ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.Email!);
        Delegations = [.. mine.Select(d => (d, names.GetValueOrDefault(d.DelegateId, "?")))];
        Colleagues = [new SelectListItem("Choose a line manager", ""), .. (await LineManagersQuery().Distinct().ToListAsync())
            .OrderBy(u => u.DisplayName).Select(u => new SelectListItem(u.DisplayName.Length > 0 ? u.DisplayName : u.Email, u.Id))];
    }
}
