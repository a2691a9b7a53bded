namespace CpdLog.Web.Features.Funding;

public sealed record BudgetInput(string CostCentre, string FinancialYear, decimal Allocated, string? Reason);
