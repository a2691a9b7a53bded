namespace CpdLog.Web.Features.Funding;

public sealed class DetailsModel(CpdLogDbContext db, FundingService funding, FundingAccess access, FundingAgreements agreements) : PageModel
{
    public FundingRequest Study { get; private set; } = default!;

    public RequestAccess Access { get; private set; } = default!;

    public AgreementTemplate? Template { get; private set; }

    public AgreementAcceptance? Acceptance { get; private set; }

    public Dictionary<string, string> Names { get; private set; } = [];

    public PdpGoal? Goal { get; private set; }

    [BindProperty]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(Guid id) => Act(id, funding.SubmitAsync(User, id, HttpContext.RequestAborted), "Submitted to your line manager.");

    public Task<IActionResult> OnPostWithdrawAsync(Guid id) => Act(id, funding.WithdrawAsync(User, id, Comment ?? "", HttpContext.RequestAborted), "Request withdrawn.");

    private async Task<IActionResult> Act(Guid id, Task<FundingOutcome> operation, string success) => await Show(id, await operation, success);

    private async Task<IActionResult> Show(Guid id, FundingOutcome outcome, string success)
    {
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            TempData["Success"] = success;
            return RedirectToPage(new { id });
        }

        ModelState.AddRefusal(outcome.Result.Refusal!, "");
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var request = await funding.LoadAsync(id, HttpContext.RequestAborted);
        if (request is null)
        {
            return false;
        }

        Access = await access.AccessAsync(User, request, HttpContext.RequestAborted);
        if (!Access.CanView)
        {
            return false;
        }

        Study = request;
        Template = await agreements.RequiredTemplateAsync(request, HttpContext.RequestAborted);
        Acceptance = await agreements.CurrentAcceptanceAsync(request, HttpContext.RequestAborted);
        if (Acceptance is not null)
        {
            Template = await db.AgreementTemplates.SingleAsync(t => t.Id == Acceptance.TemplateId);
        }

        Goal = request.PdpGoalId is { } g ? await db.PdpGoals.SingleOrDefaultAsync(x => x.Id == g && x.OwnerId == request.RequesterId) : null;
        var ids = request.History.Select(h => h.ActorId).Distinct().ToList();
        Names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id);
        return true;
    }
}
