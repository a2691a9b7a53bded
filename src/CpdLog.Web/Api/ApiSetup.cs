namespace CpdLog.Web.Api;

using System.Text.Json.Serialization;

public static class ApiSetup
{
    public static IServiceCollection AddCpdApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1");
        services.ConfigureHttpJsonOptions(o =>
        {
            // Enums by name only: "mode": 99 would otherwise store a value no page can show.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        });
        return services;
    }

    public static WebApplication MapCpdApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();

        // Sign-up, sign-in and refresh are anonymous (AuthEndpoints marks them); managing two-factor needs a signed-in user.
        var auth = app.MapGroup("/api/v1/auth").WithTags("Auth");
        auth.AddEndpointFilter(async (ctx, next) =>
        {
            // Sign-up can be closed by configuration; then only Admins create accounts.
            var options = ctx.HttpContext.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value;
            if (!options.AllowSelfRegistration && ctx.HttpContext.Request.Path.Value?.EndsWith("/register", StringComparison.OrdinalIgnoreCase) == true)
            {
                return TypedResults.Problem(
                    title: "Sign-up is closed",
                    detail: "Ask an administrator to create your account.",
                    statusCode: StatusCodes.Status403Forbidden);
            }

            return await next(ctx);
        });
        auth.AddEndpointFilter<RequiredStringsFilter>();
        Features.Account.AuthEndpoints.MapAuthApi(auth);

        var api = app.MapGroup("/api/v1").RequireAuthorization();
        FeatureSetup.MapFeatureApis(api);
        return app;
    }
}
