namespace CpdLog.Web.Features.Archive;

/// <summary>Registers the personal archive's services and options.</summary>
public static class PersonalArchiveSetup
{
    public static void AddPersonalArchive(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PersonalArchiveOptions>(configuration.GetSection(PersonalArchiveOptions.Section));
        services.AddScoped<PersonalArchiveExporter>();
        services.AddSingleton<PersonalArchiveReader>();
        services.AddScoped<PersonalArchiveImporter>();
        services.AddScoped<PersonalArchiveService>();
    }
}
