namespace CpdLog.Web.Infrastructure;

/// <summary>What the per-request account check reads of a user: whether the account is disabled, and its password hash (for a bearer token's stamp).</summary>
public sealed record AccountState(bool IsDisabled, string? PasswordHash);
