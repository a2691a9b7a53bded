namespace CpdLog.Web.Features.Team;

using CpdLog.Web.Features.Funding;

/// <summary>
/// "While you are away": a line manager names another line manager to decide their reports' requests between two
/// dates. Shared by Team/Index and <c>/api/v1/delegations</c>; the rules are <see cref="ApprovalDelegation.Validate"/>.
/// </summary>
public sealed class DelegationService(CpdLogDbContext db, FundingCalendar calendar, FundingAuditLog audit)
{
    /// <summary>Delegations that have not ended, that this person made (as line manager) or was named in (as delegate).</summary>
    public async Task<List<DelegationView>> ListAsync(string userId, CancellationToken ct = default)
    {
        var today = calendar.Today;
        var rows = await db.ApprovalDelegations
            .Where(d => (d.LineManagerId == userId || d.DelegateId == userId) && d.To >= today)
            .ToListAsync(ct);
        var ids = rows.SelectMany(d => new[] { d.LineManagerId, d.DelegateId }).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id, ct);
        return [.. rows.OrderBy(d => d.From).ThenBy(d => d.To)
            .Select(d => new DelegationView(d, names.GetValueOrDefault(d.LineManagerId, "?"), names.GetValueOrDefault(d.DelegateId, "?")))];
    }

    /// <summary>One delegation this person made or was named in, ended or not; null for anyone else.</summary>
    public async Task<DelegationView?> FindAsync(string userId, Guid id, CancellationToken ct = default)
    {
        var d = await db.ApprovalDelegations.SingleOrDefaultAsync(d => d.Id == id && (d.LineManagerId == userId || d.DelegateId == userId), ct);
        if (d is null)
        {
            return null;
        }

        var names = await db.Users.Where(u => u.Id == d.LineManagerId || u.Id == d.DelegateId)
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id, ct);
        return new DelegationView(d, names.GetValueOrDefault(d.LineManagerId, "?"), names.GetValueOrDefault(d.DelegateId, "?"));
    }

    /// <summary>Line managers other than this person: who may be named as a delegate.</summary>
    public IQueryable<CpdUser> OtherLineManagers(string userId) =>
        from u in db.Users
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == Roles.LineManager && u.Id != userId
        select u;

    /// <summary>Names a delegate; a refusal carries the field it concerns (delegateId, from or to).</summary>
    public async Task<(ApprovalDelegation? Delegation, Result Result)> CreateAsync(
        string lineManagerId, string? delegateId, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var isLineManager = !string.IsNullOrWhiteSpace(delegateId) && await OtherLineManagers(lineManagerId).AnyAsync(u => u.Id == delegateId, ct);
        var existing = await db.ApprovalDelegations.Where(d => d.LineManagerId == lineManagerId).ToListAsync(ct);
        var check = ApprovalDelegation.Validate(lineManagerId, delegateId, isLineManager, from, to, calendar.Today, existing);
        if (!check.Succeeded)
        {
            return (null, check);
        }

        var delegation = new ApprovalDelegation
        {
            LineManagerId = lineManagerId,
            DelegateId = delegateId!,
            From = from!.Value,
            To = to!.Value,
            CreatedAt = calendar.Now,
        };
        db.ApprovalDelegations.Add(delegation);
        audit.Add(lineManagerId, "DelegateNamed", null, null, $"Delegate {delegateId} from {delegation.From:yyyy-MM-dd} to {delegation.To:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        return (delegation, check);
    }

    /// <summary>Ends a delegation; only the line manager who made it can (false for anyone else or an unknown id).</summary>
    public async Task<bool> EndAsync(string lineManagerId, Guid id, CancellationToken ct = default)
    {
        var delegation = await db.ApprovalDelegations.SingleOrDefaultAsync(d => d.Id == id && d.LineManagerId == lineManagerId, ct);
        if (delegation is null)
        {
            return false;
        }

        db.ApprovalDelegations.Remove(delegation);
        audit.Add(lineManagerId, "DelegateEnded", null, null, $"Delegate {delegation.DelegateId}");
        await db.SaveChangesAsync(ct);
        return true;
    }
}
