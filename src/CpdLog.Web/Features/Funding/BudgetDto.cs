namespace CpdLog.Web.Features.Funding;

public sealed record BudgetDto(string CostCentre, string FinancialYear, decimal Allocated, decimal Committed, decimal Spent, decimal Remaining)
{
    public static BudgetDto From(BudgetPosition p) => new(p.CostCentre, p.Year.Label, p.Allocated, p.Committed, p.Spent, p.Remaining);
}
