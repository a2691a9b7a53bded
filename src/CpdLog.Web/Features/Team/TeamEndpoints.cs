namespace CpdLog.Web.Features.Team;

using CpdLog.Web.Features.Funding;

/// <summary><c>/api/v1/team</c> and <c>/api/v1/delegations</c>: the same team view and delegate form as Team/Overview and Team/Index.</summary>
public static class TeamEndpoints
{
    public static void MapTeamApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/team", GetTeam)
            .WithPaging()
            .WithTags("Team")
            .WithName("GetTeam")
            .WithSummary("Your direct reports (and, during a delegation window, the reports of whoever delegated to you) for a financial year "
                         + "(year=2026/27, default the current one): money committed and spent, study leave allowance/taken/booked, and each "
                         + "registration's status (met, warning, not-met) and deadline. Never the records or reflections behind a status. "
                         + "Line managers, budget holders and admins only (403 otherwise).")
            .RequireAuthorization(Policies.LineManager)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var delegations = api.MapGroup("/delegations").WithTags("Delegations").RequireAuthorization(Policies.LineManager);
        delegations.MapGet("/", ListDelegations)
            .WithPaging()
            .WithName("ListDelegations")
            .WithSummary("Delegations that have not ended: those you made as a line manager (role lineManager) and those naming you as the delegate (role delegate)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        delegations.MapGet("/{id:guid}", GetDelegation)
            .WithName("GetDelegation")
            .WithSummary("One delegation you made or were named in (404 for anyone else)");
        delegations.MapPost("/", CreateDelegation)
            .WithName("CreateDelegation")
            .WithSummary("While you are away: name another line manager (delegateId) to decide your reports' requests from 'from' to 'to' inclusive. "
                         + "Problem details with a field key (delegateId, from, to) when the delegate is yourself or not a line manager, a date is "
                         + "missing, to is before from or in the past, or the window overlaps another of your delegations")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        delegations.MapDelete("/{id:guid}", DeleteDelegation)
            .WithName("DeleteDelegation")
            .WithSummary("End a delegation you made (404 for anyone else, including the delegate)");
    }

    private static async Task<Results<Ok<List<TeamMemberDto>>, ValidationProblem>> GetTeam(
        string? year, ClaimsPrincipal user, FundingQueries queries, FundingCalendar calendar, CancellationToken ct)
    {
        FinancialYear fy;
        if (string.IsNullOrWhiteSpace(year))
        {
            fy = calendar.CurrentYear;
        }
        else if (!FinancialYear.TryParse(year, out fy))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["Enter the financial year like 2026/27"] });
        }

        var team = await queries.TeamOverviewAsync(user.UserId(), fy, ct);
        return TypedResults.Ok(team.Select(TeamMemberDto.From).ToList());
    }

    private static async Task<Ok<List<DelegationDto>>> ListDelegations(
        ClaimsPrincipal user, DelegationService service, FundingCalendar calendar, CancellationToken ct)
    {
        var me = user.UserId();
        return TypedResults.Ok((await service.ListAsync(me, ct)).Select(v => DelegationDto.Of(v, me, calendar.Today)).ToList());
    }

    private static async Task<Results<Ok<DelegationDto>, NotFound>> GetDelegation(
        Guid id, ClaimsPrincipal user, DelegationService service, FundingCalendar calendar, CancellationToken ct)
    {
        var me = user.UserId();
        return await service.FindAsync(me, id, ct) is { } view ? TypedResults.Ok(DelegationDto.Of(view, me, calendar.Today)) : TypedResults.NotFound();
    }

    private static async Task<Results<Created<DelegationDto>, ValidationProblem>> CreateDelegation(
        DelegationInput input, ClaimsPrincipal user, DelegationService service, FundingCalendar calendar, CancellationToken ct)
    {
        var me = user.UserId();
        var (delegation, result) = await service.CreateAsync(me, input.DelegateId, input.From, input.To, ct);
        if (delegation is null)
        {
            return FundingProblems.ToValidationProblem(result.Refusal!);
        }

        var view = (await service.FindAsync(me, delegation.Id, ct))!;
        return TypedResults.Created($"/api/v1/delegations/{delegation.Id}", DelegationDto.Of(view, me, calendar.Today));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteDelegation(Guid id, ClaimsPrincipal user, DelegationService service, CancellationToken ct) =>
        await service.EndAsync(user.UserId(), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
