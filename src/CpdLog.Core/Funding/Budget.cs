namespace CpdLog.Core.Funding;

/// <summary>A team's (cost centre's) training budget for one NHS financial year.</summary>
public sealed class Budget
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string CostCentre { get; set; } = "";

    public int FinancialYearStart { get; set; }

    public decimal Allocated { get; set; }

    /// <summary>Changed on every commitment against the budget, so two approvals racing for its last pounds conflict.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTimeOffset UpdatedAt { get; set; }

    public FinancialYear Year => new(FinancialYearStart);

    /// <summary>
    /// An allocation as a budget holder or admin sets it: every field error at once, keyed by the JSON property names
    /// of the budget input. <paramref name="year"/> is the parsed financial year when valid.
    /// </summary>
    public static Result Validate(string? costCentre, string? financialYear, decimal allocated, string? reason, FundingLimits limits, out FinancialYear year)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var e = new FundingErrors();
        e.RequiredText("costCentre", costCentre, FundingTextLimits.CostCentre, "Enter the cost centre", "the cost centre");
        if (!FinancialYear.TryParse(financialYear, out year))
        {
            e.Add("financialYear", "Enter the financial year like 2026/27");
        }

        e.Add(limits.CheckMoney("allocated", allocated, "the allocation"));
        e.MaxLength("reason", reason, FundingTextLimits.Reason, "the reason");
        return e.ToResult();
    }

    public void Touch(DateTimeOffset now)
    {
        Version = Guid.NewGuid();
        UpdatedAt = now;
    }
}

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
