namespace CpdLog.Web.Features.Notifications;

/// <summary>GET|PUT /api/v1/me/notification-preferences.</summary>
public static class NotificationEndpoints
{
    public static void MapNotificationsApi(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/me/notification-preferences").WithTags("Notifications");
        group.MapGet("/", Get).WithSummary("Which reminder e-mails you receive");
        group.MapPut("/", Put).WithSummary("Choose which reminder e-mails you receive (every field is replaced)");
    }

    private static async Task<Ok<NotificationPreferencesDto>> Get(ClaimsPrincipal user, NotificationPreferencesService service, CancellationToken ct)
    {
        var id = user.UserId();
        return TypedResults.Ok(NotificationPreferencesDto.From(await service.GetAsync(id, ct), await service.IsLineManagerAsync(id, ct)));
    }

    private static async Task<Results<Ok<NotificationPreferencesDto>, ValidationProblem>> Put(
        NotificationPreferencesRequest request, ClaimsPrincipal user, NotificationPreferencesService service, CancellationToken ct)
    {
        var id = user.UserId();
        var lineManager = await service.IsLineManagerAsync(id, ct);
        var errors = new Dictionary<string, string[]>();
        Required(request.AtRiskAlerts, "atRiskAlerts");
        Required(request.DeadlineReminders, "deadlineReminders");
        Required(request.MonthlyDigest, "monthlyDigest");
        Required(request.TeamSummary, "teamSummary");
        if (request.TeamSummary == true && !lineManager)
        {
            errors["teamSummary"] = ["Only line managers can have the monthly team summary"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var saved = await service.SaveAsync(id, request.AtRiskAlerts!.Value, request.DeadlineReminders!.Value, request.MonthlyDigest!.Value, request.TeamSummary!.Value, ct);
        return TypedResults.Ok(NotificationPreferencesDto.From(saved, lineManager));

        void Required(bool? value, string field)
        {
            if (value is null)
            {
                errors[field] = [$"Give {field} as true or false"];
            }
        }
    }
}
