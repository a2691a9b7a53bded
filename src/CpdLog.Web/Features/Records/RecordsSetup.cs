namespace CpdLog.Web.Features.Records;

using CpdLog.Core.Records;
using CpdLog.Web.Features.Activities;
using CpdLog.Web.Features.Bin;
using CpdLog.Web.Features.Evidence;
using CpdLog.Web.Features.Records.Confirmations;
using CpdLog.Web.Features.Records.Declarations;
using CpdLog.Web.Features.Records.Discussions;
using CpdLog.Web.Features.Records.Feedback;
using CpdLog.Web.Features.Records.GapExplanations;
using CpdLog.Web.Features.Records.PracticeHours;
using CpdLog.Web.Features.Records.Reflections;
using CpdLog.Web.Infrastructure;

/// <summary>Services and API of the CPD records feature (activities, revalidation records, evidence, bin).</summary>
public static class RecordsSetup
{
    public static IServiceCollection AddCpdRecords(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EvidenceOptions>(configuration.GetSection(EvidenceOptions.Section));
        services.AddScoped<EvidenceService>();
        services.AddSingleton<UploadRateLimit>();
        services.AddScoped<IDemoDataContributor, RecordsDemoData>();
        return services;
    }

    public static RouteGroupBuilder MapCpdRecords(this RouteGroupBuilder api)
    {
        api.MapOwnedRecordApi<CpdActivity, ActivityDto, ActivityInput>(RecordTypes.Activities);
        api.MapOwnedRecordApi<ReflectiveAccount, ReflectionDto, ReflectionInput>(RecordTypes.Reflections);
        api.MapOwnedRecordApi<FeedbackEntry, FeedbackDto, FeedbackInput>(RecordTypes.Feedback);
        api.MapOwnedRecordApi<PracticeHoursEntry, PracticeHoursDto, PracticeHoursInput>(RecordTypes.PracticeHours);
        api.MapOwnedRecordApi<ReflectiveDiscussion, DiscussionDto, DiscussionInput>(RecordTypes.Discussions);
        api.MapOwnedRecordApi<Confirmation, ConfirmationDto, ConfirmationInput>(RecordTypes.Confirmations);
        api.MapOwnedRecordApi<Declaration, DeclarationDto, DeclarationInput>(RecordTypes.Declarations);
        api.MapOwnedRecordApi<GapExplanation, GapExplanationDto, GapExplanationInput>(RecordTypes.GapExplanations);
        api.MapEvidenceApi();
        api.MapBinApi();
        return api;
    }
}
