namespace CpdLog.Web.Features.Admin;

using CpdLog.Data;
using CpdLog.Web.Api.Paging;
using CpdLog.Web.Features.Shared;
using CpdLog.Web.Infrastructure;
using CpdLog.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

public sealed record CreateUserRequest
{
    public string? DisplayName { get; init; }

    public string? Email { get; init; }

    public string? JobTitle { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }
}
