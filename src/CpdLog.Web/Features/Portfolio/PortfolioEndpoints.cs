namespace CpdLog.Web.Features.Portfolio;

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

/// <summary>/api/v1/portfolios: generate a PDF portfolio, list those issued.</summary>
public static class PortfolioEndpoints
{
    public static void MapPortfolioApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/portfolios").WithTags("Portfolios");
        group.MapPost("/", Create)
            .WithName("CreatePortfolio")
            .WithSummary("Generate a PDF portfolio for one of your registrations")
            .WithDescription("Streams application/pdf. The period defaults to the registration's current cycle, the sections to the " +
                "template's defaults; private items are left out unless includePrivate is true. The response header " +
                "X-Verification-Code carries the code printed on every page.");
        group.MapGet("/", List).WithSummary("Portfolios you have generated, newest first");
    }

    private static async Task<Results<PortfolioPdfResult, NotFound, ValidationProblem>> Create(
        CreatePortfolioRequest body,
        ClaimsPrincipal user,
        PortfolioService portfolios,
        PublicAddress address,
        CancellationToken ct)
    {
        var outcome = await portfolios.PlanAsync(
            user.UserId(),
            new PortfolioRequest(body.RegistrationId, body.From, body.To, body.Sections, body.IncludePrivate),
            address.Verify,
            ct);
        if (outcome.Errors is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (outcome.Plan is not { } plan)
        {
            return TypedResults.NotFound();
        }

        return new PortfolioPdfResult(await portfolios.IssueAsync(plan, ct));
    }

    private static async Task<Ok<List<IssuedPortfolioDto>>> List(
        ClaimsPrincipal user, CpdLogDbContext db, IMapper mapper, CancellationToken ct)
    {
        var userId = user.UserId();
        var list = await db.IssuedPortfolios.AsNoTracking()
            .Where(p => p.OwnerId == userId)
            .OrderByDescending(p => p.GeneratedAt)
            .ProjectTo<IssuedPortfolioDto>(mapper.ConfigurationProvider)
            .ToListAsync(ct);
        return TypedResults.Ok(list);
    }
}

public sealed class PortfolioProfile : Profile
{
    public PortfolioProfile() => CreateMap<IssuedPortfolio, IssuedPortfolioDto>();
}
