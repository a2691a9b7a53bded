namespace CpdLog.Web.Features.Admin;

/// <summary>An account as an Admin sees it: who they are and how they fit in, never what they have recorded.</summary>
public sealed record AdminUser(
    string Id,
    string DisplayName,
    string Email,
    string JobTitle,
    IReadOnlyList<string> Roles,
    string? LineManagerId,
    string? LineManagerName,
    string? CostCentre,
    decimal Fte,
    bool IsDisabled,
    bool TwoFactorEnabled,
    DateTimeOffset CreatedAt,
    bool HasPassword);
