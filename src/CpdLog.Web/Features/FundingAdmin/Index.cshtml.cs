namespace CpdLog.Web.Features.FundingAdmin;

using CpdLog.Web.Features.Funding;
using CpdLog.Web.Infrastructure.Forms;

/// <summary>Budgets per cost centre and year (Admins and budget holders) and learning agreement templates (Admins).</summary>
[Authorize(Policy = Policies.BudgetHolderOrAdmin)]
public sealed class IndexModel(CpdLogDbContext db, FundingCalendar calendar, FundingBudgets budgets, FundingAdminService admin) : PageModel
{
    public FinancialYear Year { get; private set; }

    public List<BudgetPosition> Budgets { get; } = [];

    public Pager BudgetsPager { get; private set; } = Pager.Empty;

    public IReadOnlyList<AgreementTemplate> Templates { get; private set; } = [];

    public Pager TemplatesPager { get; private set; } = Pager.Empty;

    /// <summary>The page parameter of the templates list (the budgets list uses <c>page</c>).</summary>
    public const string TemplatesPageKey = "templatesPage";

    /// <summary>Every current template, for the "new version of" choice (not paged: one per template family).</summary>
    public IReadOnlyList<AgreementTemplate> CurrentTemplates { get; private set; } = [];

    [BindProperty]
    public BudgetModel Budget { get; set; } = new();

    [BindProperty]
    public TemplateModel Template { get; set; } = new();

    public async Task OnGetAsync(string? year)
    {
        await LoadAsync(year);
        Budget.FinancialYear = Year.Label;
        Template = new TemplateModel { Name = "Learning agreement", MinFees = 200, MinCredits = 15, Tiers = "12:100;24:50", LinearMonths = 12 };
    }

    public async Task<IActionResult> OnPostBudgetAsync()
    {
        var (position, result) = await admin.SetBudgetAsync(User, Budget.CostCentre ?? "", Budget.FinancialYear ?? "", Budget.Allocated, Budget.Reason, HttpContext.RequestAborted);
        if (position is null)
        {
            ModelState.AddRefusal(result.Refusal!, "Budget");
            await LoadAsync(Budget.FinancialYear);
            return Page();
        }

        TempData["Success"] = $"Budget for {position.CostCentre} {position.Year.Label} set to {FundingRequest.Money(position.Allocated)}.";
        return RedirectToPage(new { year = position.Year.Label });
    }

    public async Task<IActionResult> OnPostTemplateAsync()
    {
        if (!User.IsInRole(Roles.Admin))
        {
            return Forbid();
        }

        var reasons = (IEnumerable<LeavingReason> list) => list.Aggregate(LeavingReason.None, (a, b) => a | b);
        var input = new AgreementTemplateInput(Template.Name ?? "", Template.MinFees, Template.MinCredits, Template.ScheduleKind, Template.Tiers,
            Template.LinearMonths, reasons(Template.Triggers), reasons(Template.Waivers), Template.Terms ?? "");
        var (saved, result) = await admin.SaveTemplateAsync(User.UserId(), Template.FamilyId, input, HttpContext.RequestAborted);
        if (saved is null)
        {
            if (result.Refusal is null)
            {
                return NotFound();
            }

            ModelState.AddRefusal(result.Refusal, "Template");
            await LoadAsync(null);
            return Page();
        }

        TempData["Success"] = $"{saved.Name} version {saved.Version} saved.";
        return RedirectToPage();
    }

    private async Task LoadAsync(string? year)
    {
        Year = FinancialYear.TryParse(year, out var y) ? y : calendar.CurrentYear;
        var ct = HttpContext.RequestAborted;
        var shown = await db.Budgets.AsNoTracking().Where(b => b.FinancialYearStart == Year.StartYear).OrderBy(b => b.CostCentre).ThenBy(b => b.Id)
            .ToShownPageAsync(PageRequest.ParseOrFirst(Request.Query), ct);
        BudgetsPager = Pager.For(Request, shown, "budget", "budgets");
        foreach (var b in shown)
        {
            Budgets.Add(await budgets.BudgetPositionAsync(b.CostCentre, Year, HttpContext.RequestAborted));
        }

        var templates = await db.AgreementTemplates.AsNoTracking().OrderBy(t => t.Name).ThenByDescending(t => t.Version).ThenBy(t => t.Id)
            .ToShownPageAsync(PageRequest.ParseOrFirst(Request.Query, TemplatesPageKey), ct);
        Templates = templates;
        TemplatesPager = Pager.For(Request, templates, "template version", "template versions", TemplatesPageKey);
        CurrentTemplates = await db.AgreementTemplates.AsNoTracking().Where(t => t.IsCurrent).OrderBy(t => t.Name).ThenBy(t => t.Id).ToListAsync(ct);
    }

    public sealed class BudgetModel
    {
        [Display(Name = "Cost centre")]
        public string? CostCentre { get; set; }

        [Display(Name = "Financial year")]
        public string? FinancialYear { get; set; }

        [Display(Name = "Allocated (£)")]
        [Money]
        public decimal Allocated { get; set; }

        [Display(Name = "Reason for the change")]
        public string? Reason { get; set; }
    }

    public sealed class TemplateModel
    {
        /// <summary>Set to save a new version of an existing template.</summary>
        public Guid? FamilyId { get; set; }

        public string? Name { get; set; }

        [Display(Name = "Needed when fees are at least (£)")]
        [Money]
        public decimal? MinFees { get; set; }

        [Display(Name = "...or academic credits are at least")]
        public int? MinCredits { get; set; }

        [Display(Name = "Schedule")]
        public RepaymentKind ScheduleKind { get; set; }

        [Display(Name = "Tiers (months:percent; …)")]
        public string? Tiers { get; set; }

        [Display(Name = "Linear schedule: months")]
        public int LinearMonths { get; set; } = 12;

        public List<LeavingReason> Triggers { get; set; } = [LeavingReason.Resignation, LeavingReason.Dismissal, LeavingReason.WithdrawalFromCourse, LeavingReason.FailureToComplete];

        public List<LeavingReason> Waivers { get; set; } = [LeavingReason.Redundancy, LeavingReason.MaternityRelated, LeavingReason.InternalTransfer];

        public string? Terms { get; set; }
    }
}
