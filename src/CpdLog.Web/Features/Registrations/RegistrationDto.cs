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

public sealed record RegistrationDto(
    Guid Id,
    string BodyCode,
    string BodyName,
    string RegistrationNumber,
    DateOnly AnchorDate,
    IReadOnlyDictionary<string, string> Options,
    string? RuleVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
