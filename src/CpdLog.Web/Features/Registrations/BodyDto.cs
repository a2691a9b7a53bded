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

public sealed record BodyDto(
    string Code,
    string Name,
    string RuleVersion,
    IReadOnlyList<string> RuleVersions,
    string AnchorLabel,
    IReadOnlyList<BodyOptionDto> Options,
    bool Custom);
