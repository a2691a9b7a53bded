namespace CpdLog.Web.Features.Team;

using System.ComponentModel.DataAnnotations;
using CpdLog.Core.Funding;
using CpdLog.Web.Api.Paging;
using CpdLog.Web.Authorization;
using CpdLog.Web.Features.Funding;
using CpdLog.Web.Features.Shared;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

/// <summary>The line manager's queue of decisions, and their out-of-office delegate.</summary>
[Authorize(Policy = Policies.LineManager)]
public sealed class IndexModel(FundingQueries queries, FundingService funding, DelegationService delegations) : PageModel
{
    public IReadOnlyList<QueueItem> Queue { get; private set; } = [];

    public Pager QueuePager { get; private set; } = new(1, PageRequest.DefaultPageSize, 0, _ => "");

    public List<(ApprovalDelegation Delegation, string Name)> Delegations { get; private set; } = [];

    public List<SelectListItem> Colleagues { get; private set; } = [];

    [BindProperty]
    public string? DelegateId { get; set; }

    [BindProperty]
    [Display(Name = "The first day")]
    public DateOnly From { get; set; }

    [BindProperty]
    [Display(Name = "The last day")]
    public DateOnly To { get; set; }

    public async Task OnGetAsync()
    {
        From = funding.Today;
        To = funding.Today.AddDays(14);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostDelegateAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var (_, check) = await delegations.CreateAsync(User.UserId(), DelegateId, From, To, HttpContext.RequestAborted);
        if (!check.Succeeded)
        {
            ModelState.AddRefusal(check.Refusal!, prefix: "");
            await LoadAsync();
            return Page();
        }

        TempData["Success"] = "Delegate named.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndDelegationAsync(Guid delegationId) =>
        await delegations.EndAsync(User.UserId(), delegationId, HttpContext.RequestAborted) ? RedirectToPage() : NotFound();

    private async Task LoadAsync()
    {
        var queue = (await queries.QueueAsync(User)).ToShownPage(PageRequest.ParseOrFirst(Request.Query));
        Queue = queue;
        QueuePager = Pager.For(Request, queue, "request", "requests");
        var me = User.UserId();
        Delegations = [.. (await delegations.ListAsync(me, HttpContext.RequestAborted))
            .Where(v => v.Delegation.LineManagerId == me)
            .Select(v => (v.Delegation, v.DelegateName))];
        Colleagues = [new SelectListItem("Choose a line manager", ""), .. (await delegations.OtherLineManagers(me).Distinct().ToListAsync())
            .OrderBy(u => u.DisplayName).Select(u => new SelectListItem(u.DisplayName.Length > 0 ? u.DisplayName : u.Email, u.Id))];
    }
}
