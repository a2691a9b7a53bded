namespace CpdLog.Web.Features.Portfolio;

using AutoMapper;
using AutoMapper.QueryableExtensions;

/// <summary>/api/v1/portfolios: generate a PDF portfolio, list those issued; /api/v1/portfolio-texts: the HCPC profile texts.</summary>
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
        group.MapPost("/check", Check)
            .WithName("CheckPortfolio")
            .WithSummary("Before generating: the characters of that portfolio no installed font can draw")
            .WithDescription("Takes the same body as POST /portfolios and stores nothing. Undrawable characters print as a " +
                "replacement mark (U+FFFD) and the PDF then does not claim PDF/A.");
        group.MapGet("/", List).WithPaging().WithSummary("Portfolios you have generated, newest first");

        var texts = api.MapGroup("/portfolio-texts").WithTags("Portfolios");
        texts.MapGet("/{registrationId:guid}", GetTexts)
            .WithName("GetPortfolioTexts")
            .WithSummary("The summary of practice history and personal statement (HCPC CPD profile parts 1 and 3) of one of your registrations");
        texts.MapPut("/{registrationId:guid}", PutTexts)
            .WithName("UpdatePortfolioTexts")
            .WithSummary("Replace the summary of practice history and personal statement; text over the HCPC word limits is kept and flagged");
    }

    // Far above the HCPC limits (500 and 1,500 words), so a draft is never cut, but a runaway paste is refused.
    private const int MaxTextLength = 50_000;

    private static async Task<Results<Ok<PortfolioTextsDto>, NotFound>> GetTexts(
        Guid registrationId, ClaimsPrincipal user, CpdLogDbContext db, CancellationToken ct)
    {
        var userId = user.UserId();
        if (!await db.Registrations.OwnedBy(userId).AnyAsync(r => r.Id == registrationId, ct))
        {
            return TypedResults.NotFound();
        }

        var texts = await db.PortfolioTexts.AsNoTracking()
            .FirstOrDefaultAsync(t => t.OwnerId == userId && t.RegistrationId == registrationId, ct);
        return TypedResults.Ok(PortfolioTextsDto.From(registrationId, texts));
    }

    private static async Task<Results<Ok<PortfolioTextsDto>, ValidationProblem, NotFound>> PutTexts(
        Guid registrationId, PortfolioTextsRequest body, ClaimsPrincipal user, CpdLogDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var userId = user.UserId();
        if (!await db.Registrations.OwnedBy(userId).AnyAsync(r => r.Id == registrationId, ct))
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        if ((body.SummaryOfPractice?.Length ?? 0) > MaxTextLength)
        {
            errors["summaryOfPractice"] = [$"The summary of practice history must be {UkFormat.Whole(MaxTextLength)} characters or fewer"];
        }

        if ((body.PersonalStatement?.Length ?? 0) > MaxTextLength)
        {
            errors["personalStatement"] = [$"The personal statement must be {UkFormat.Whole(MaxTextLength)} characters or fewer"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var texts = await db.PortfolioTexts.FirstOrDefaultAsync(t => t.OwnerId == userId && t.RegistrationId == registrationId, ct);
        if (texts is null)
        {
            texts = new PortfolioTexts { OwnerId = userId, RegistrationId = registrationId };
            db.PortfolioTexts.Add(texts);
        }

        texts.SummaryOfPractice = body.SummaryOfPractice?.Trim() ?? "";
        texts.PersonalStatement = body.PersonalStatement?.Trim() ?? "";
        texts.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(PortfolioTextsDto.From(registrationId, texts));
    }

    private static Task<Results<PortfolioPdfResult, NotFound, ValidationProblem>> Create(
        CreatePortfolioRequest body, ClaimsPrincipal user, PortfolioService portfolios, PublicAddress address, CancellationToken ct) =>
        WithPlanAsync(body, user, portfolios, address, async plan => new PortfolioPdfResult(await portfolios.IssueAsync(plan, ct)), ct);

    private static Task<Results<Ok<PortfolioCheckDto>, NotFound, ValidationProblem>> Check(
        CreatePortfolioRequest body, ClaimsPrincipal user, PortfolioService portfolios, PublicAddress address, CancellationToken ct) =>
        WithPlanAsync(body, user, portfolios, address, plan =>
        {
            var missing = portfolios.CannotDraw(plan);
            return Task.FromResult(TypedResults.Ok(new PortfolioCheckDto(
                missing,
                missing.Select(c => $"U+{char.ConvertToUtf32(c, 0):X4}").ToList(),
                ClaimsPdfA: missing.Count == 0)));
        }, ct);

    /// <summary>
    /// Generating and checking a portfolio plan it in one way, so the same request gives the same refusals: the
    /// request's errors, not found, or what <paramref name="then"/> makes of the plan.
    /// </summary>
    private static async Task<Results<TOk, NotFound, ValidationProblem>> WithPlanAsync<TOk>(
        CreatePortfolioRequest body,
        ClaimsPrincipal user,
        PortfolioService portfolios,
        PublicAddress address,
        Func<PortfolioPlan, Task<TOk>> then,
        CancellationToken ct)
        where TOk : IResult
    {
        var request = new PortfolioRequest(body.RegistrationId, body.From, body.To, body.Sections, body.IncludePrivate);
        var outcome = await portfolios.PlanAsync(user.UserId(), request, address.Verify, ct);
        if (outcome.Errors is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return outcome.Plan is { } plan ? await then(plan) : TypedResults.NotFound();
    }

    private static async Task<Ok<List<IssuedPortfolioDto>>> List(
        ClaimsPrincipal user, CpdLogDbContext db, IMapper mapper, CancellationToken ct)
    {
        var userId = user.UserId();
        var list = await db.IssuedPortfolios.AsNoTracking()
            .Where(p => p.OwnerId == userId)
            .OrderByDescending(p => p.GeneratedAt).ThenBy(p => p.Id)
            .ProjectTo<IssuedPortfolioDto>(mapper.ConfigurationProvider)
            .ToListAsync(ct);
        return TypedResults.Ok(list);
    }
}
