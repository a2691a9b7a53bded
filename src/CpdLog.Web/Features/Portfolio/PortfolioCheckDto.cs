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

/// <summary>
/// What a portfolio would contain that cannot be printed: characters no installed font draws (each as the character
/// and as U+XXXX), and whether the PDF would still claim PDF/A.
/// </summary>
public sealed record PortfolioCheckDto(IReadOnlyList<string> UndrawableCharacters, IReadOnlyList<string> CodePoints, bool ClaimsPdfA);
