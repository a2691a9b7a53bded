namespace CpdLog.Web.Features.Funding;

/// <summary>Money and study leave: a cost centre's budget position and a person's study-leave balance for a year.</summary>
public sealed class FundingBudgets(CpdLogDbContext db, FundingCalendar calendar, IOptions<FundingOptions> options)
{
    public async Task<BudgetPosition> BudgetPositionAsync(string costCentre, FinancialYear year, CancellationToken ct)
    {
        var allocated = await db.Budgets.Where(b => b.CostCentre == costCentre && b.FinancialYearStart == year.StartYear)
            .Select(b => (decimal?)b.Allocated).SingleOrDefaultAsync(ct) ?? 0m;
        var requests = await Committing(db.FundingRequests.Where(r => r.CostCentre == costCentre && r.FinancialYearStart == year.StartYear)).ToListAsync(ct);
        return BudgetPosition.Calculate(costCentre, year, allocated, requests);
    }

    public async Task<StudyLeaveBalance> LeaveBalanceAsync(string userId, FinancialYear year, CancellationToken ct)
    {
        var fte = await db.Users.Where(u => u.Id == userId).Select(u => u.Fte).SingleOrDefaultAsync(ct);
        var requests = await Committing(db.FundingRequests.Where(r => r.RequesterId == userId && r.FinancialYearStart == year.StartYear)).ToListAsync(ct);
        return options.Value.Allowance.Balance(fte, year, calendar.Today, requests);
    }

    /// <summary>Marks the request's budget row changed, so two approvals racing for its last pounds conflict on save.</summary>
    public async Task TouchAsync(FundingRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var row = await db.Budgets.SingleOrDefaultAsync(b => b.CostCentre == request.CostCentre && b.FinancialYearStart == request.FinancialYearStart, ct);
        row?.Touch(calendar.Now);
    }

    /// <summary>Requests whose money and leave count against a year: approved, completed, or completed with a cost awaiting a decision.</summary>
    private static IQueryable<FundingRequest> Committing(IQueryable<FundingRequest> requests) =>
        requests.Where(r => r.Status == FundingStatus.InProgress || r.Status == FundingStatus.Completed || r.Status == FundingStatus.AwaitingCostApproval);
}
