namespace CpdLog.Web.Features.Registrations;

using CpdLog.Web.Api.Paging;
using System.Globalization;
using System.Security.Claims;
using CpdLog.Core.Compliance;
using CpdLog.Core.Registrations;
using CpdLog.Data;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

public sealed record RequirementDto(
    string Code,
    string Title,
    decimal Required,
    decimal Achieved,
    string Unit,
    bool Met,
    string Severity,
    string Status,
    string NextStep,
    string Source)
{
    /// <summary>The value at the requirement's deadline at the current pace (docs/requirement-codes.md, "Status scale").</summary>
    public decimal Projected { get; init; }
}
