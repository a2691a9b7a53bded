namespace CpdLog.Web.Features.Registrations;

public static class RegistrationsSetup
{
    /// <summary>Registrations, the body directory (built-in and Admin-defined bodies) and compliance.</summary>
    public static void AddRegistrations(IServiceCollection services)
    {
        services.AddScoped<BodyDirectory>();
        services.AddScoped<ComplianceService>();
        services.AddScoped<RuleInputLoader>();
        services.AddScoped<RegistrationProgress>();
        services.AddOptions<ComplianceCacheOptions>().BindConfiguration("Compliance:Cache");
        services.AddSingleton<ComplianceCache>();
        services.AddScoped<RegistrationWriter>();
        services.AddScoped<IDemoDataContributor, RegistrationsDemoData>();
    }
}
