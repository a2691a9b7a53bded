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

/// <summary>A gap of three months or more in the record (HCPC continuous record), with the explanations overlapping it.</summary>
public sealed record GapDto(DateOnly From, DateOnly To, int WholeMonths, bool Explained, IReadOnlyList<GapExplanationRefDto> Explanations);
