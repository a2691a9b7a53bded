namespace CpdLog.Web.Features.Portfolio;

using CpdLog.Core.Display;
using CpdLog.Web.Api.Paging;
using System.Security.Claims;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using CpdLog.Core.Portfolio;
using CpdLog.Data;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

/// <summary>Body of POST /api/v1/portfolios. Sections are names such as "CpdLog" or "FundedStudy".</summary>
public sealed record CreatePortfolioRequest(
    Guid RegistrationId,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyList<string>? Sections = null,
    bool IncludePrivate = false);
