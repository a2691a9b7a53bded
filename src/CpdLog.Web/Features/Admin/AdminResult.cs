namespace CpdLog.Web.Features.Admin;

using CpdLog.Data;
using CpdLog.Web.Api.Paging;
using CpdLog.Web.Features.Shared;
using CpdLog.Web.Infrastructure;
using CpdLog.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

/// <summary>Outcome of an account change: errors keyed by camelCase field name, or the account as it now is.</summary>
public sealed record AdminResult(AdminUser? User, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
