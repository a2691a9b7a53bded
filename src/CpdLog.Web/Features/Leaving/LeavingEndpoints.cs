namespace CpdLog.Web.Features.Leaving;

/// <summary><c>/api/v1/me/leaving-statement</c>: the "If I move employer" statement of the signed-in person, as JSON.</summary>
public static class LeavingEndpoints
{
    public static void MapLeavingApi(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/me/leaving-statement", Statement).WithTags("Leaving")
            .WithName("GetLeavingStatement")
            .WithSummary("If you left on leavingDate (YYYY-MM-DD) for reason (default Resignation): what leaves with you, what stays with "
                         + "your employer, what each learning agreement makes repayable (the figures of HR's leaver statement) and what "
                         + "support stops for qualifications in progress")
            .ProducesValidationProblem();
    }

    private static async Task<Results<Ok<LeavingStatement>, ValidationProblem>> Statement(
        string? leavingDate, string? reason, ClaimsPrincipal user, LeavingStatementService statements, TimeProvider clock, CancellationToken ct)
    {
        var errors = LeavingStatementService.Check(leavingDate, reason, clock.UkToday(), out var date, out var why);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal));
        }

        return TypedResults.Ok(await statements.BuildAsync(user.UserId(), date, why, ct));
    }
}
