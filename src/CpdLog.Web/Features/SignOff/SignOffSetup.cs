namespace CpdLog.Web.Features.SignOff;

public static class SignOffSetup
{
    public static void AddSignOff(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SignOffOptions>(configuration.GetSection(SignOffOptions.Section));
        services.AddScoped<SignOffService>();
        services.AddScoped<IDemoDataContributor, SignOffDemoData>();
        services.AddSignOffRateLimit(configuration);
    }
}
