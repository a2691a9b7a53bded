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
        Features.Registrations.RegistrationsSetup.AddRegistrations(services);
        Features.Records.RecordsSetup.AddCpdRecords(services, configuration);
        Features.Funding.FundingSetup.AddFunding(services, configuration);
        Features.Team.TeamSetup.AddTeam(services);
        Features.Portfolio.PortfolioSetup.AddPortfolios(services, configuration);
        Features.Admin.AdminSetup.AddAdministration(services);
        Features.SignOff.SignOffSetup.AddSignOff(services, configuration);
        Features.Notifications.NotificationsSetup.AddNotifications(services, configuration);
        Features.Leaving.LeavingSetup.AddLeaving(services, configuration);
        Features.Archive.PersonalArchiveSetup.AddPersonalArchive(services, configuration);
        return services;
    }

    public static void MapFeatureApis(RouteGroupBuilder api)
    {
        Features.Registrations.RegistrationsEndpoints.MapRegistrationsApi(api);
        Features.Records.RecordsSetup.MapCpdRecords(api);
        Features.Funding.FundingEndpoints.MapFundingApi(api);
        Features.Team.TeamEndpoints.MapTeamApi(api);
        Features.Admin.AdminEndpoints.MapAdminApi(api);
        Features.Portfolio.PortfolioEndpoints.MapPortfolioApi(api);
        Features.Verify.VerifyEndpoints.MapVerifyApi(api);
        Features.SignOff.SignOffEndpoints.MapSignOffApi(api);
        Features.Account.AuthenticatorQrEndpoint.MapAuthenticatorQr(api);
        Features.Notifications.NotificationEndpoints.MapNotificationsApi(api);
        Features.Leaving.LeavingEndpoints.MapLeavingApi(api);
        Features.Archive.PersonalArchiveEndpoints.MapArchiveApi(api);
    }
}
