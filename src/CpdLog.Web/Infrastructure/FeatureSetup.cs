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
        Features.Funding.FundingSetup.AddFunding(services, configuration);
        services.AddScoped<Features.Registrations.BodyDirectory>();
        services.AddScoped<Features.Registrations.ComplianceService>();
        services.AddScoped<Features.Registrations.RegistrationWriter>();
        services.AddScoped<IDemoDataContributor, Features.Registrations.RegistrationsDemoData>();
        services.AddScoped<Features.Admin.UserAdministration>();
        services.AddScoped<Features.Admin.CustomBodyAdministration>();
        Features.Records.RecordsSetup.AddCpdRecords(services, configuration);
        Features.Portfolio.PortfolioSetup.AddPortfolios(services, configuration);
        return services;
    }

    public static void MapFeatureApis(RouteGroupBuilder api)
    {
        Features.Funding.FundingEndpoints.MapFundingApi(api);
        Features.Registrations.RegistrationsEndpoints.MapRegistrationsApi(api);
        Features.Admin.AdminEndpoints.MapAdminApi(api);
        Features.Records.RecordsSetup.MapCpdRecords(api);
        Features.Portfolio.PortfolioEndpoints.MapPortfolioApi(api);
        Features.Verify.VerifyEndpoints.MapVerifyApi(api);
        Features.Account.AuthenticatorQrEndpoint.MapAuthenticatorQr(api);
    }
}
