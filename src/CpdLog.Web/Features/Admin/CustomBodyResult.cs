namespace CpdLog.Web.Features.Admin;

using CpdLog.Core.Compliance;
using CpdLog.Data;
using CpdLog.Web.Infrastructure;
using CpdLog.Web.Features.Shared;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

public sealed record CustomBodyResult(CustomBodyDefinition? Body, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
