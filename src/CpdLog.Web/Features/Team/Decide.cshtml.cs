namespace CpdLog.Web.Features.Team;

using CpdLog.Web.Features.Funding;
using CpdLog.Web.Infrastructure.Forms;

/// <summary>One screen for a decision: the request, the person's plan, the budget position and their leave balance.</summary>
public sealed class DecideModel(
    CpdLogDbContext db, FundingService funding, FundingAccess access, FundingBudgets budgets, FundingAgreements agreements) : PageModel
{
    public FundingRequest Study { get; private set; } = default!;

    public CpdUser Requester { get; private set; } = default!;

    public RequestAccess Access { get; private set; } = default!;

    public List<PdpGoal> Plan { get; private set; } = [];

    public BudgetPosition? Budget { get; private set; }

    public StudyLeaveBalance Leave { get; private set; } = default!;

    public AgreementTemplate? Template { get; private set; }

    public AgreementAcceptance? Acceptance { get; private set; }

    public DateOnly Today => funding.Today;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.Amount = Study.ApprovedAmount ?? Study.TotalRequested;
        Input.LeaveHours = Study.ApprovedLeaveHours ?? Study.StudyLeaveHours;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string decision)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var outcome = decision switch
        {
            "approve" => await funding.ApproveAsync(User, id, new ApprovalInput(
                Input.Amount, Input.AmountReason, Input.LeaveHours, Input.AllowRetrospective, Input.Comment, Input.BudgetOverrideReason), HttpContext.RequestAborted),
            "reject" => await funding.RejectAsync(User, id, Input.Comment ?? "", HttpContext.RequestAborted),
            "return" => await funding.ReturnAsync(User, id, Input.Comment ?? "", HttpContext.RequestAborted),
            "retrospective" => await funding.AllowRetrospectiveAsync(User, id, Input.Comment, HttpContext.RequestAborted),
            "accept-cost" => await funding.DecideCostAsync(User, id, new CostDecisionInput(true, Input.Comment, Input.BudgetOverrideReason), HttpContext.RequestAborted),
            "refuse-cost" => await funding.DecideCostAsync(User, id, new CostDecisionInput(false, Input.Comment, Input.BudgetOverrideReason), HttpContext.RequestAborted),
            _ => new FundingOutcome(Result.Invalid("comment", "Choose approve, reject or return")),
        };
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Result.Refusal!);
            await LoadAsync(id);
            return Page();
        }

        var after = await funding.LoadAsync(id, HttpContext.RequestAborted);
        TempData["Success"] = outcome.Result.Note ?? $"Decision recorded: the request is {FundingRequest.Describe(after!.Status)}.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var request = await funding.LoadAsync(id, HttpContext.RequestAborted);
        if (request is null)
        {
            return false;
        }

        Access = await access.AccessAsync(User, request, HttpContext.RequestAborted);
        if (!Access.CanView || Access.IsRequester)
        {
            return false;
        }

        Study = request;
        Requester = await db.Users.SingleAsync(u => u.Id == request.RequesterId);
        Plan = await db.PdpGoals.Where(g => g.OwnerId == request.RequesterId && g.DeletedAt == null).OrderBy(g => g.TargetDate).ToListAsync();
        var costCentre = request.CostCentre.Length > 0 ? request.CostCentre : Requester.CostCentre;
        Budget = costCentre is null ? null : await budgets.BudgetPositionAsync(costCentre, request.Year, HttpContext.RequestAborted);
        Leave = await budgets.LeaveBalanceAsync(request.RequesterId, request.Year, HttpContext.RequestAborted);
        Template = await agreements.RequiredTemplateAsync(request, HttpContext.RequestAborted);
        Acceptance = await agreements.CurrentAcceptanceAsync(request, HttpContext.RequestAborted);
        return true;
    }

    public sealed class InputModel
    {
        [Display(Name = "Amount approved (£)")]
        [Money]
        public decimal? Amount { get; set; }

        [Display(Name = "Reason for a different amount")]
        public string? AmountReason { get; set; }

        [Display(Name = "Study leave approved (hours)")]
        public decimal? LeaveHours { get; set; }

        [Display(Name = "Allow this retrospective request")]
        public bool AllowRetrospective { get; set; }

        [Display(Name = "Budget override reason (budget holders only)")]
        public string? BudgetOverrideReason { get; set; }

        public string? Comment { get; set; }
    }
}
