namespace CpdLog.Web.Features.Funding;

/// <summary><c>/api/v1/budgets</c>: every cost centre's budget for a year, and setting an allocation.</summary>
public static class BudgetEndpoints
{
    public static void MapBudgetsApi(this RouteGroupBuilder api)
    {
        var budgets = api.MapGroup("/budgets").WithTags("Budgets").RequireAuthorization(Policies.LineManager);
        budgets.MapGet("/", ListBudgets).WithPaging().WithName("ListBudgets")
            .WithSummary("Every cost centre's budget for a financial year (year=2026/27, default the current one): allocated, committed, spent, remaining");
        budgets.MapPut("/", Set).RequireAuthorization(Policies.BudgetHolderOrAdmin)
            .WithName("SetBudget").WithSummary("Set a cost centre's allocation for a year, with a reason (budget holders and admins)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<List<BudgetDto>>, ValidationProblem>> ListBudgets(
        string? year, CpdLogDbContext db, FundingCalendar calendar, FundingBudgets budgets, CancellationToken ct)
    {
        var fy = calendar.CurrentYear;
        if (!string.IsNullOrWhiteSpace(year) && !FinancialYear.TryParse(year, out fy))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["year"] = [$"'{year}' is not a financial year. Use the NHS year it starts in, like 2026/27 (1 April 2026 to 31 March 2027)."],
            });
        }

        var rows = await db.Budgets.Where(b => b.FinancialYearStart == fy.StartYear).OrderBy(b => b.CostCentre).ToListAsync(ct);
        var list = new List<BudgetDto>();
        foreach (var b in rows)
        {
            list.Add(BudgetDto.From(await budgets.BudgetPositionAsync(b.CostCentre, fy, ct)));
        }

        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<BudgetDto>, ValidationProblem>> Set(BudgetInput input, ClaimsPrincipal user, FundingAdminService admin, CancellationToken ct)
    {
        var (position, result) = await admin.SetBudgetAsync(user, input.CostCentre, input.FinancialYear, input.Allocated, input.Reason, ct);
        return position is null ? FundingProblems.ToValidationProblem(result.Refusal!) : TypedResults.Ok(BudgetDto.From(position));
    }
}
