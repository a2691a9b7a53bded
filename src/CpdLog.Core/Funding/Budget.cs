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
