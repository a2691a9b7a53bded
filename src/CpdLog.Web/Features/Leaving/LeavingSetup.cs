namespace CpdLog.Web.Features.Leaving;

public static class LeavingSetup
{
    public static IServiceCollection AddLeaving(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RetentionOptions>(configuration.GetSection("Retention"));
        services.AddScoped<LeavingStatementService>();
        services.AddScoped<LeavingStatementPdf>();
        services.AddScoped<LeaverErasure>();
        services.AddHostedService<LeaverErasureService>();
        return services;
    }
}
