namespace CpdLog.Web.Features.Funding;

/// <summary>Who may see a request and what authority they have over it.</summary>
public sealed class FundingAccess(CpdLogDbContext db, FundingCalendar calendar)
{
    /// <summary>
    /// Whether this person may see the request (the one visibility filter, <see cref="FundingVisibility"/>) and their
    /// authority over it: line manager or delegate of the requester, budget holder of the request's cost centre.
    /// </summary>
    public async Task<RequestAccess> AccessAsync(ClaimsPrincipal user, FundingRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var actorId = user.UserId();
        if (actorId == request.RequesterId)
        {
            return new RequestAccess(true, true, ApproverAuthority.None);
        }

        var today = calendar.Today;
        if (!await db.FundingRequests.Where(r => r.Id == request.Id).VisibleTo(db, user, today).AnyAsync(ct))
        {
            return new RequestAccess(false, false, ApproverAuthority.None);
        }

        var lineManagerId = user.IsInRole(Roles.LineManager)
            ? await db.Users.Where(u => u.Id == request.RequesterId).Select(u => u.LineManagerId).SingleOrDefaultAsync(ct)
            : null;
        var delegations = lineManagerId is null
            ? []
            : await db.ApprovalDelegations.Where(d => d.DelegateId == actorId && d.LineManagerId == lineManagerId).ToListAsync(ct);
        var holdsCostCentre = await HoldsAsync(user, request.CostCentre, ct);
        var authority = DecisionAuthority.For(actorId, request.RequesterId, lineManagerId, holdsCostCentre, delegations, today);
        return new RequestAccess(true, false, authority);
    }

    /// <summary>Whether this person is a budget holder holding this cost centre.</summary>
    public async Task<bool> HoldsAsync(ClaimsPrincipal user, string? costCentre, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = CostCentreHolder.Normalise(costCentre);
        var actorId = user.UserId();
        return code.Length > 0 && user.IsInRole(Roles.BudgetHolder)
            && await db.CostCentreHolders.AnyAsync(h => h.UserId == actorId && h.CostCentre == code, ct);
    }
}
