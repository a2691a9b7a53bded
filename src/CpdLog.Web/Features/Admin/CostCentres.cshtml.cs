namespace CpdLog.Web.Features.Admin;

/// <summary>Which budget holder holds which cost centre: they see its requests, set its budgets and make its second approvals.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class CostCentresModel(CostCentreHoldings holdings, UserAdministration users) : PageModel
{
    public List<CostCentreHolding> Holdings { get; private set; } = [];

    public List<SelectListItem> BudgetHolders { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await holdings.AssignAsync(User.UserId(), new HoldCostCentreRequest(Input.UserId, Input.CostCentre), ct);
        if (!result.Succeeded)
        {
            ModelState.Clear();
            AdminForms.AddErrors(ModelState, result.Errors);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Success"] = $"{result.Holding!.Email} now holds {result.Holding.CostCentre}";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid holdingId, CancellationToken ct)
    {
        var result = await holdings.RemoveAsync(User.UserId(), holdingId, ct);
        if (result is null)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            AdminForms.AddErrors(ModelState, result.Errors);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Success"] = "Cost centre released";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Holdings = await holdings.ListAsync(ct);
        var me = User.UserId();
        BudgetHolders =
        [
            new SelectListItem("Choose a budget holder", ""),
            .. (await users.InRoleAsync(Roles.BudgetHolder, ct)).Where(u => u.Id != me)
                .Select(u => new SelectListItem(PeopleSearch.Label(u), u.Id)),
        ];
    }

    public sealed class InputModel
    {
        [Display(Name = "Budget holder")]
        public string? UserId { get; set; }

        [Display(Name = "Cost centre")]
        public string? CostCentre { get; set; }
    }
}
