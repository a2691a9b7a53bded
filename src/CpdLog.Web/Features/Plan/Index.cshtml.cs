namespace CpdLog.Web.Features.Plan;

/// <summary>
/// The personal development plan: goals with target dates, and the requests and activities serving each. Paged in the
/// database (open goals first, then achieved and dropped; earliest target first, undated last), with the funding
/// requests read for the shown goals only.
/// </summary>
public sealed class IndexModel(CpdLogDbContext db, TimeProvider clock) : PageModel
{
    public List<(PdpGoal Goal, List<FundingRequest> Requests)> Goals { get; } = [];

    public Pager Pager { get; private set; } = Pager.Empty;

    [BindProperty]
    public PdpGoalInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ownerId = User.UserId();
        foreach (var error in await Input.ValidateAllAsync(db, ownerId, clock.UkToday(), ct))
        {
            ModelState.AddModelError(nameof(Input) + "." + error.Field, error.Message);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
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

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = User.UserId();
        var goals = await db.PdpGoals.OwnedBy(userId).AsNoTracking()
            .OrderBy(g => g.Status == PdpGoalStatus.Open ? 0 : g.Status == PdpGoalStatus.Achieved ? 1 : 2) // enums are stored as text
            .ThenBy(g => g.TargetDate == null).ThenBy(g => g.TargetDate).ThenBy(g => g.Title).ThenBy(g => g.Id)
            .ToShownPageAsync(PageRequest.ParseOrFirst(Request.Query), ct);
        var shown = goals.Select(g => (Guid?)g.Id).ToList();
        var requests = shown.Count == 0 ? []
            : await db.FundingRequests.AsNoTracking().Where(r => r.RequesterId == userId && shown.Contains(r.PdpGoalId)).ToListAsync(ct);
        foreach (var goal in goals)
        {
            Goals.Add((goal, [.. requests.Where(r => r.PdpGoalId == goal.Id).OrderBy(r => r.CreatedAt)]));
        }

        Pager = Pager.For(Request, goals, "goal", "goals");
    }
}
