namespace CpdLog.Web.Features.Funding;

using CpdLog.Core.Funding;
using CpdLog.Core.Records;

public sealed record BudgetInput(string CostCentre, string FinancialYear, decimal Allocated, string? Reason);
