namespace CpdLog.Web.Features.Funding;

using CpdLog.Web.Features.Registrations;

/// <summary>Read side for line managers and budget holders: the decision queue and the team view.</summary>
public sealed class FundingQueries(CpdLogDbContext db, FundingCalendar calendar, IOptions<FundingOptions> options, ComplianceService compliance)
{
    /// <summary>Ids of the people whose requests this person decides first: their reports and those of anyone who delegated to them today.</summary>
    public async Task<List<string>> ReportIdsAsync(string actorId, CancellationToken ct) =>
        await (await ReportsOfAsync(actorId, ct)).Select(u => u.Id).ToListAsync(ct);

    /// <summary>
    /// The people <see cref="ReportIdsAsync"/> names, as a query. The line managers are read first and passed as a list, so
    /// that PostgreSQL finds the reports through the line-manager index (an OR with a subquery made it scan every user).
    /// </summary>
    private async Task<IQueryable<CpdUser>> ReportsOfAsync(string actorId, CancellationToken ct)
    {
        var today = calendar.Today;
        var managers = await db.ApprovalDelegations
            .Where(d => d.DelegateId == actorId && d.From <= today && d.To >= today)
            .Select(d => d.LineManagerId).ToListAsync(ct);
        managers.Add(actorId);
        return db.Users.Where(u => u.LineManagerId != null && managers.Contains(u.LineManagerId) && u.Id != actorId);
    }

    /// <summary>
    /// Requests waiting for this person: submitted ones of their reports (or a delegator's), second approvals and extra
    /// costs in the cost centres they hold, never one they approved first. Built on the one visibility filter.
    /// </summary>
    public async Task<List<QueueItem>> QueueAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var actorId = user.UserId();
        var reports = user.IsInRole(Roles.LineManager) ? await ReportIdsAsync(actorId, ct) : [];
        var held = user.IsInRole(Roles.BudgetHolder)
            ? await db.CostCentreHolders.Where(h => h.UserId == actorId).Select(h => h.CostCentre).ToListAsync(ct)
            : [];
        var visible = await db.FundingRequests.Include(r => r.History).VisibleTo(db, user, calendar.Today)
            .Where(r => r.RequesterId != actorId
                        && (r.Status == FundingStatus.Submitted || r.Status == FundingStatus.AwaitingBudgetHolder || r.Status == FundingStatus.AwaitingCostApproval))
            .ToListAsync(ct);
        var pending = visible.Where(r => r.Status switch
        {
            FundingStatus.Submitted => reports.Contains(r.RequesterId),
            FundingStatus.AwaitingBudgetHolder => held.Contains(r.CostCentre) && r.FirstApproverId != actorId,
            _ => r.CostNeedsBudgetHolder ? held.Contains(r.CostCentre) : reports.Contains(r.RequesterId) || held.Contains(r.CostCentre),
        }).ToList();
        var ids = pending.Select(r => r.RequesterId).Distinct().ToList();
        var people = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        return [.. pending
            .OrderBy(r => r.AwaitingSince)
            .Select(r => new QueueItem(r, people[r.RequesterId], r.Status switch
            {
                FundingStatus.Submitted => "Line manager",
                FundingStatus.AwaitingBudgetHolder => "Budget holder",
                _ => "Extra cost",
            }))];
    }

    /// <summary>Spend and leave per report per year; registration counts and completed CPD hours only (never reflections).</summary>
    public async Task<List<TeamMemberYear>> TeamAsync(string actorId, FinancialYear year, CancellationToken ct)
    {
        // The reports, their live registrations and their completed CPD hours this year: one query, however large the team.
        var people = await (await ReportsOfAsync(actorId, ct))
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                Person = u,
                Registrations = db.Registrations.Count(r => r.OwnerId == u.Id && r.DeletedAt == null),
                Hours = db.Activities
                    .Where(a => a.OwnerId == u.Id && a.DeletedAt == null && a.Status == ActivityStatus.Completed && a.EndDate >= year.Start && a.EndDate <= year.End)
                    .Sum(a => (decimal?)a.Hours),
            })
            .ToListAsync(ct);
        var reports = people.Select(p => p.Person.Id).ToList();
        var requests = await db.FundingRequests
            .Where(r => reports.Contains(r.RequesterId) && r.FinancialYearStart == year.StartYear
                        && (r.Status == FundingStatus.InProgress || r.Status == FundingStatus.Completed || r.Status == FundingStatus.AwaitingCostApproval))
            .ToListAsync(ct);
        return [.. people.Select(row =>
        {
            var p = row.Person;
            var mine = requests.Where(r => r.RequesterId == p.Id).ToList();
            return new TeamMemberYear(
                p,
                year,
                SaturatingSum(mine.Where(r => r.Status is FundingStatus.InProgress or FundingStatus.AwaitingCostApproval).Select(r => r.ApprovedAmount)),
                SaturatingSum(mine.Where(r => r.Status == FundingStatus.Completed).Select(r => r.SpentAmount)),
                options.Value.Allowance.Balance(p.Fte, year, calendar.Today, mine),
                row.Registrations,
                SaturatingSum([row.Hours]));
        })];
    }

    /// <summary>The team view shared by Team/Overview and <c>GET /api/v1/team</c>: each report's year plus their registration statuses.</summary>
    public async Task<List<TeamMemberOverview>> TeamOverviewAsync(string actorId, FinancialYear year, CancellationToken ct)
    {
        var rows = await TeamAsync(actorId, year, ct);
        var today = compliance.Today();
        var statuses = await compliance.ForUsersAsync([.. rows.Select(r => r.Person.Id)], today, ct);
        return [.. rows.Select(row => new TeamMemberOverview(row, statuses[row.Person.Id]))];
    }

    /// <summary>Sums stored values (each capped to a column's range) without ever overflowing.</summary>
    private static decimal SaturatingSum(IEnumerable<decimal?> values) =>
        values.Aggregate(0m, (sum, v) => FundingLimits.Add(sum, FundingLimits.Stored(v)));
}
