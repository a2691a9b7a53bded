namespace CpdLog.Web.Features.Admin;

public sealed record CreateUserRequest
{
    public string? DisplayName { get; init; }

    public string? Email { get; init; }

    public string? JobTitle { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }
}
