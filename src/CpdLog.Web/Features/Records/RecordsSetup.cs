namespace CpdLog.Web.Features.Records;

using CpdLog.Web.Features.Activities.Spreadsheet;
using CpdLog.Web.Features.Bin;
using CpdLog.Web.Features.Evidence;

/// <summary>Services and API of the CPD records feature (every type in <see cref="RecordTypes.All"/>, evidence, bin).</summary>
public static class RecordsSetup
{
    public static IServiceCollection AddCpdRecords(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EvidenceOptions>(configuration.GetSection(EvidenceOptions.Section));
        services.AddScoped<EvidenceService>();
        services.AddSingleton<UploadRateLimit>();
        services.AddScoped<IDemoDataContributor, RecordsDemoData>();
        services.Configure<ActivityImportOptions>(configuration.GetSection(ActivityImportOptions.Section));
        services.AddScoped<ActivityImporter>();
        return services;
    }

    public static RouteGroupBuilder MapCpdRecords(this RouteGroupBuilder api)
    {
        foreach (var type in RecordTypes.Crud)
        {
            type.MapApi(api);
        }

        api.MapActivitySpreadsheetApi();
        api.MapEvidenceApi();
        api.MapBinApi();
        return api;
    }
}
