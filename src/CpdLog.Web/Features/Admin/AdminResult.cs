namespace CpdLog.Web.Features.Admin;

/// <summary>Outcome of an account change: errors keyed by camelCase field name, or the account as it now is.</summary>
public sealed record AdminResult(AdminUser? User, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
