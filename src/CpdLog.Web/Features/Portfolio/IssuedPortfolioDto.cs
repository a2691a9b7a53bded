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

/// <summary>A portfolio issued before: enough to find it again and to check a copy.</summary>
public sealed record IssuedPortfolioDto(
    Guid Id,
    string VerificationCode,
    DateTimeOffset GeneratedAt,
    Guid RegistrationId,
    string BodyCode,
    string RegistrationNumber,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    PortfolioTemplate Template,
    long SizeBytes,
    string Sha256);
