namespace CpdLog.Web.Features.Funding;

/// <summary>
/// Who may read which funding request: the one filter behind every page and API that shows a request (the matrix is
/// in docs/security.md, "Funding visibility"). A request is visible to
/// <list type="bullet">
/// <item>its requester, in every status;</item>
/// <item>once it has been submitted (a draft never submitted stays private): the requester's line manager (holding the
/// LineManager role), a line manager that line manager delegated to for today, and a budget holder holding the cost
/// centre the request was submitted from.</item>
/// </list>
/// Nobody else sees it: not other line managers, not budget holders of other cost centres, not admins by role alone.
/// </summary>
public static class FundingVisibility
{
    public static IQueryable<FundingRequest> VisibleTo(this IQueryable<FundingRequest> requests, CpdLogDbContext db, ClaimsPrincipal viewer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var viewerId = viewer.UserId();
        var isLineManager = viewer.IsInRole(Roles.LineManager);
        var isBudgetHolder = viewer.IsInRole(Roles.BudgetHolder);
        var reports = db.Users.Where(u => isLineManager && u.LineManagerId != null
            && (u.LineManagerId == viewerId
                || db.ApprovalDelegations.Any(d => d.DelegateId == viewerId && d.LineManagerId == u.LineManagerId && d.From <= today && d.To >= today)))
            .Select(u => u.Id);
        var held = db.CostCentreHolders.Where(h => isBudgetHolder && h.UserId == viewerId).Select(h => h.CostCentre);
        return requests.Where(r => r.RequesterId == viewerId
            || (r.History.Any(d => d.Action == FundingAction.Submitted)
                && (reports.Contains(r.RequesterId) || (r.CostCentre != "" && held.Contains(r.CostCentre)))));
    }
}
