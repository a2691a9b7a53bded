namespace CpdLog.Web.Features.Records.Qualifications;

/// <summary>
/// What the standard CRUD of qualifications does not cover (modules travel in its <c>modules</c>):
/// <c>POST /api/v1/qualifications/{id}/modules/{moduleId}/log-cpd</c>, the API side of the "Log as CPD" button.
/// </summary>
public static class QualificationApi
{
    public static void MapModuleApi(RouteGroupBuilder qualifications)
    {
        ArgumentNullException.ThrowIfNull(qualifications);
        qualifications.MapPost("/{id:guid}/modules/{moduleId:guid}/log-cpd", LogCpdAsync)
            .Accepts<LogCpdInput>("application/json")
            .WithName("LogQualificationModuleAsCpd")
            .WithSummary("Log a passed module as a completed CPD activity (once: again returns the same activity with 200). "
                         + "Hours default to about 10 per credit; the date is the module's end date or latest exam sitting");
    }

    private static async Task<Results<Created<LoggedCpdDto>, Ok<LoggedCpdDto>, ValidationProblem, NotFound, ProblemHttpResult>> LogCpdAsync(
        Guid id, Guid moduleId, HttpRequest request, CpdLogDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        LogCpdInput? input = null;
        if (request.ContentLength is not 0 && (request.ContentLength is > 0 || request.Headers.ContentType.Count > 0))
        {
            (input, var unreadable) = await RecordApi.ReadInputAsync<LogCpdInput>(request, ct);
            if (input is null)
            {
                return TypedResults.ValidationProblem(unreadable!);
            }
        }

        var ownerId = user.UserId();
        var qualification = await RecordTypes.Qualifications.FindAsync(db, ownerId, id, ct);
        var module = qualification?.Modules.SingleOrDefault(m => m.Id == moduleId);
        if (qualification is null || module is null)
        {
            return TypedResults.NotFound();
        }

        if (module.CpdActivityId is { } logged)
        {
            return TypedResults.Ok(new LoggedCpdDto(logged, false));
        }

        if (!module.IsPassed || ModuleCpdLog.DateOf(module) is null)
        {
            return TypedResults.Problem(
                title: "Not ready to log",
                detail: module.IsPassed ? "Give the module's end date or exam date first." : "Only a module you have passed can be logged as CPD. Record its result first.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var activity = ModuleCpdLog.NewActivity(ownerId, qualification, module, input?.Hours ?? ModuleCpdLog.SuggestedHours(module), clock.GetUtcNow());
        var errors = RecordValidation.Activity(activity, clock.UkToday());
        if (errors.Count > 0)
        {
            return FieldErrorMapper.ToValidationProblem(errors.Select(e => e.Field == nameof(CpdActivity.Hours) ? e : e with { Field = "" }));
        }

        var (activityId, created) = await ModuleCpdLog.SaveAsync(db, module, activity, ct);
        if (activityId is not { } saved)
        {
            return TypedResults.NotFound();
        }

        var dto = new LoggedCpdDto(saved, created);
        return created ? TypedResults.Created($"/api/v1/activities/{saved}", dto) : TypedResults.Ok(dto);
    }
}
