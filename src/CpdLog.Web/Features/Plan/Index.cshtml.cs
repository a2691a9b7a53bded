namespace CpdLog.Web.Features.Plan;

using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.Web.Features.Shared;
using CpdLog.Web.Infrastructure;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

/// <summary>The personal development plan: goals with target dates, and the requests and activities serving each.</summary>
public sealed class IndexModel(CpdLogDbContext db, TimeProvider clock) : PageModel
{
    public List<(PdpGoal Goal, List<FundingRequest> Requests)> Goals { get; } = [];

    [BindProperty]
    public PdpGoalInput Input { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ownerId = User.UserId();
        foreach (var error in await Input.ValidateAllAsync(db, ownerId, clock.UkToday(), ct))
        {
            ModelState.AddModelError(nameof(Input) + "." + error.Field, error.Message);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var now = clock.GetUtcNow();
        var goal = new PdpGoal { OwnerId = ownerId, CreatedAt = now, UpdatedAt = now };
        Input.ApplyTo(goal);
        db.PdpGoals.Add(goal);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = "Goal added to your plan.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid goalId, PdpGoalStatus status)
    {
        var goal = await db.PdpGoals.OwnedBy(User.UserId()).SingleOrDefaultAsync(g => g.Id == goalId);
        if (goal is null)
        {
            return NotFound();
        }

        goal.Status = status;
        goal.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var userId = User.UserId();
        var goals = await db.PdpGoals.OwnedBy(userId).ToListAsync();
        var requests = await db.FundingRequests.Where(r => r.RequesterId == userId && r.PdpGoalId != null).ToListAsync();
        foreach (var goal in goals.OrderBy(g => g.Status).ThenBy(g => g.TargetDate))
        {
            Goals.Add((goal, requests.Where(r => r.PdpGoalId == goal.Id).ToList()));
        }
    }
}
