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

/// <summary>Body of PUT /api/v1/portfolio-texts/{registrationId}. Null leaves that text empty.</summary>
public sealed record PortfolioTextsRequest(string? SummaryOfPractice, string? PersonalStatement);
