namespace CpdLog.Web.Features.Admin;

/// <summary>
/// Which budget holder holds which cost centre. Shared by Admin/CostCentres and <c>/api/v1/admin/cost-centre-holders</c>.
/// Only BudgetHolder-role accounts hold cost centres, and an Admin never assigns or removes their own. Every change is
/// in the admin audit with the person's cost centres before and after.
/// </summary>
public sealed class CostCentreHoldings(CpdLogDbContext db, TimeProvider clock, AdminAuditLog audit)
{
    public const int MaxCostCentreLength = 20;

    public async Task<List<CostCentreHolding>> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.CostCentreHolders.ToListAsync(ct);
        var ids = rows.Select(h => h.UserId).Concat(rows.Select(h => h.AssignedById)).Distinct().ToList();
        var people = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        return [.. rows
            .Select(h => new CostCentreHolding(h.Id, h.UserId, people.GetValueOrDefault(h.UserId)?.DisplayName ?? "", people.GetValueOrDefault(h.UserId)?.Email ?? h.UserId,
                h.CostCentre, h.AssignedAt, people.GetValueOrDefault(h.AssignedById)?.Email ?? h.AssignedById))
            .OrderBy(h => h.CostCentre, StringComparer.Ordinal).ThenBy(h => h.Email, StringComparer.Ordinal)];
    }

    /// <summary>The cost centres one person holds (upper case).</summary>
    public Task<List<string>> HeldByAsync(string userId, CancellationToken ct = default) =>
        db.CostCentreHolders.Where(h => h.UserId == userId).OrderBy(h => h.CostCentre).Select(h => h.CostCentre).ToListAsync(ct);

    public async Task<HoldingResult> AssignAsync(string actorId, HoldCostCentreRequest request, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var userId = request.UserId?.Trim() ?? "";
        var costCentre = CostCentreHolder.Normalise(request.CostCentre);
        if (costCentre.Length is 0 or > MaxCostCentreLength)
        {
            errors["costCentre"] = [$"Enter the cost centre ({MaxCostCentreLength} characters or fewer)"];
        }

        if (userId.Length == 0 || !await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            errors["userId"] = ["Choose a budget holder from the list of accounts"];
        }
        else if (userId == actorId)
        {
            errors["userId"] = ["You cannot assign a cost centre to yourself; ask another administrator"];
        }
        else if (!await IsBudgetHolderAsync(userId, ct))
        {
            errors["userId"] = ["Only someone with the budget holder role can hold a cost centre; give them the role first"];
        }
        else if (costCentre.Length > 0 && await db.CostCentreHolders.AnyAsync(h => h.UserId == userId && h.CostCentre == costCentre, ct))
        {
            errors["costCentre"] = [$"They already hold {costCentre}"];
        }

        if (errors.Count > 0)
        {
            return new HoldingResult(null, errors);
        }

        var before = await HeldByAsync(userId, ct);
        var holding = new CostCentreHolder { UserId = userId, CostCentre = costCentre, AssignedAt = clock.GetUtcNow(), AssignedById = actorId };
        db.CostCentreHolders.Add(holding);
        audit.Record(actorId, "CostCentreHeld", userId, Describe(before), Describe([.. before, costCentre]));
        await db.SaveChangesAsync(ct);
        return new HoldingResult((await ListAsync(ct)).Single(h => h.Id == holding.Id), errors);
    }

    /// <summary>Ends a holding. Null when there is no such holding; errors when it is the admin's own.</summary>
    public async Task<HoldingResult?> RemoveAsync(string actorId, Guid id, CancellationToken ct = default)
    {
        var holding = await db.CostCentreHolders.SingleOrDefaultAsync(h => h.Id == id, ct);
        if (holding is null)
        {
            return null;
        }

        if (holding.UserId == actorId)
        {
            return new HoldingResult(null, new Dictionary<string, string[]> { ["userId"] = ["You cannot change your own cost centres; ask another administrator"] });
        }

        await ReleaseAsync(actorId, holding, ct);
        await db.SaveChangesAsync(ct);
        return new HoldingResult(null, new Dictionary<string, string[]>());
    }

    /// <summary>Releases every cost centre a person holds (their budget holder role was removed); saved by the caller.</summary>
    public async Task ReleaseAllAsync(string actorId, string userId, CancellationToken ct = default)
    {
        foreach (var holding in await db.CostCentreHolders.Where(h => h.UserId == userId).ToListAsync(ct))
        {
            await ReleaseAsync(actorId, holding, ct);
        }
    }

    private async Task ReleaseAsync(string actorId, CostCentreHolder holding, CancellationToken ct)
    {
        var before = await HeldByAsync(holding.UserId, ct);
        db.CostCentreHolders.Remove(holding);
        audit.Record(actorId, "CostCentreReleased", holding.UserId, Describe(before), Describe([.. before.Where(c => c != holding.CostCentre)]));
    }

    private Task<bool> IsBudgetHolderAsync(string userId, CancellationToken ct) =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId && r.Name == Roles.BudgetHolder select ur).AnyAsync(ct);

    private static string Describe(IEnumerable<string> centres)
    {
        var list = centres.Distinct().Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
