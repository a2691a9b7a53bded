namespace CpdLog.Web.Features.Funding;

public static class FundingSetup
{
    public static IServiceCollection AddFunding(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FundingOptions>(configuration.GetSection("Funding"));
        services.AddScoped<FundingCalendar>();
        services.AddScoped<FundingService>();
        services.AddScoped<FundingAccess>();
        services.AddScoped<FundingBudgets>();
        services.AddScoped<FundingAgreements>();
        services.AddScoped<FundingAuditLog>();
        services.AddScoped<FundingActivities>();
        services.AddScoped<FundingQueries>();
        services.AddScoped<FundingAdminService>();
        services.AddScoped<FundingNotifier>();
        services.AddScoped<FundingReminders>();
        services.AddHostedService<FundingReminderService>();
        services.AddScoped<IDemoDataContributor, FundingDemoData>();
        return services;
    }
}
