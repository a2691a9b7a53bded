namespace CpdLog.Web.Features.Plan;

using System.ComponentModel.DataAnnotations;
using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

/// <summary>The personal development plan: goals with target dates, and the requests and activities serving each.</summary>
public sealed class IndexModel(CpdLogDbContext db, TimeProvider clock) : PageModel
{
    public List<(PdpGoal Goal, List<FundingRequest> Requests)> Goals { get; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var now = clock.GetUtcNow();
        db.PdpGoals.Add(new PdpGoal
        {
            OwnerId = User.UserId(),
            Title = Input.Title.Trim(),
            Description = Input.Description?.Trim() ?? "",
            TargetDate = Input.TargetDate,
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync();
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

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the goal")]
        [StringLength(300)]
        [Display(Name = "Goal")]
        public string Title { get; set; } = "";

        [StringLength(4000)]
        [Display(Name = "What success looks like")]
        public string? Description { get; set; }

        [Display(Name = "Target date")]
        public DateOnly? TargetDate { get; set; }
    }
}
