namespace CpdLog.Core.Funding;

/// <summary>Allocated, committed (approved, not yet spent), spent and remaining money of one budget.</summary>
public sealed record BudgetPosition(string CostCentre, FinancialYear Year, decimal Allocated, decimal Committed, decimal Spent)
{
    /// <summary>What is left; saturating, so even absurd totals never throw.</summary>
    public decimal Remaining => FundingLimits.Add(FundingLimits.Add(Allocated, -Committed), -Spent);

    public bool CanCommit(decimal amount) => amount <= Remaining;

    /// <summary>
    /// The position of a cost centre's budget in a year. A request belongs to the year its study starts in; an approved
    /// request in progress (or completed with a higher cost awaiting approval) is committed at its approved amount, a completed one is spent at its actual cost. A request
    /// withdrawn after approval releases its commitment. Decimals are summed here, in memory, because SQLite stores
    /// them as exact text.
    /// </summary>
    public static BudgetPosition Calculate(string costCentre, FinancialYear year, decimal allocated, IEnumerable<FundingRequest> requests)
    {
        decimal committed = 0, spent = 0;
        foreach (var r in requests.Where(r => r.CostCentre == costCentre && r.FinancialYearStart == year.StartYear))
        {
            if (r.Status is FundingStatus.InProgress or FundingStatus.AwaitingCostApproval)
            {
                committed = FundingLimits.Add(committed, FundingLimits.Stored(r.ApprovedAmount));
            }
            else if (r.Status == FundingStatus.Completed)
            {
                spent = FundingLimits.Add(spent, FundingLimits.Stored(r.SpentAmount ?? r.ApprovedAmount));
            }
        }

        return new BudgetPosition(costCentre, year, FundingLimits.Stored(allocated), committed, spent);
    }
}
