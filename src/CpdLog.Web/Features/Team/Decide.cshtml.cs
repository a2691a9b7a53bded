namespace CpdLog.Web.Features.Team;

using System.ComponentModel.DataAnnotations;
using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.Web.Features.Funding;
using CpdLog.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

/// <summary>One screen for a decision: the request, the person's plan, the budget position and their leave balance.</summary>
public sealed class DecideModel(CpdLogDbContext db, FundingService funding) : PageModel
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
                Input.Amount, Input.AmountReason, Input.LeaveHours, Input.AllowRetrospective, Input.Comment, Input.BudgetOverrideReason)),
            "reject" => await funding.RejectAsync(User, id, Input.Comment ?? ""),
            "return" => await funding.ReturnAsync(User, id, Input.Comment ?? ""),
            "retrospective" => await funding.AllowRetrospectiveAsync(User, id, Input.Comment),
            "accept-cost" => await funding.DecideCostAsync(User, id, true, Input.Comment, Input.BudgetOverrideReason),
            "refuse-cost" => await funding.DecideCostAsync(User, id, false, Input.Comment, Input.BudgetOverrideReason),
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

        var after = await funding.LoadAsync(id);
        TempData["Success"] = outcome.Result.Note ?? $"Decision recorded: the request is {FundingRequest.Describe(after!.Status)}.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var request = await funding.LoadAsync(id);
        if (request is null)
        {
            return false;
        }

        Access = await funding.AccessAsync(User, request);
        if (!Access.CanView || Access.IsRequester)
        {
            return false;
        }

        Study = request;
        Requester = await db.Users.SingleAsync(u => u.Id == request.RequesterId);
        Plan = await db.PdpGoals.Where(g => g.OwnerId == request.RequesterId && g.DeletedAt == null).OrderBy(g => g.TargetDate).ToListAsync();
        var costCentre = request.CostCentre.Length > 0 ? request.CostCentre : Requester.CostCentre;
        Budget = costCentre is null ? null : await funding.BudgetPositionAsync(costCentre, request.Year);
        Leave = await funding.LeaveBalanceAsync(request.RequesterId, request.Year);
        Template = await funding.RequiredTemplateAsync(request);
        Acceptance = await funding.CurrentAcceptanceAsync(request);
        return true;
    }

    public sealed class InputModel
    {
        [Display(Name = "Amount approved (£)")]
        [Money]
        public decimal? Amount { get; set; }

        [Display(Name = "Reason for a different amount")]
        [StringLength(1000)]
        public string? AmountReason { get; set; }

        [Display(Name = "Study leave approved (hours)")]
        public decimal? LeaveHours { get; set; }

        [Display(Name = "Allow this retrospective request")]
        public bool AllowRetrospective { get; set; }

        [Display(Name = "Budget override reason (budget holders only)")]
        [StringLength(1000)]
        public string? BudgetOverrideReason { get; set; }

        [StringLength(2000)]
        public string? Comment { get; set; }
    }
}
