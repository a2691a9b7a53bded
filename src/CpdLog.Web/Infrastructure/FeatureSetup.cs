namespace CpdLog.Web.Infrastructure;

/// <summary>
/// The table of contents of the app's features: each feature registers its services and maps its API here.
/// </summary>
public static class FeatureSetup
{
    public static IServiceCollection AddCpdFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(o => o.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        services.AddAutoMapper(cfg => cfg.LicenseKey = configuration["AutoMapper:LicenseKey"], typeof(FeatureSetup).Assembly);
        return services;
    }

    public static void MapFeatureApis(RouteGroupBuilder api)
    {
    }
}
