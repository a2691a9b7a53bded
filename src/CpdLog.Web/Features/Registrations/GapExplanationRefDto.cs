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

/// <summary>An explanation the owner recorded for a gap (only ever returned to the owner).</summary>
public sealed record GapExplanationRefDto(Guid Id, DateOnly From, DateOnly To, string Reason, string Details);
