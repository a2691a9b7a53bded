namespace CpdLog.Web.Features.Admin;

/// <summary>
/// A change to an account. A null field is left as it is; an empty string clears <see cref="LineManagerId"/> or
/// <see cref="CostCentre"/>. <see cref="Roles"/> replaces the account's roles.
/// </summary>
public sealed record UpdateUserRequest
{
    public string? DisplayName { get; init; }

    public string? JobTitle { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    public string? LineManagerId { get; init; }

    public string? CostCentre { get; init; }

    public decimal? Fte { get; init; }

    public bool? IsDisabled { get; init; }
}
