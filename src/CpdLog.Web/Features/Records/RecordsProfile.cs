namespace CpdLog.Web.Features.Records;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Web.Features.Records.Confirmations;
using CpdLog.Web.Features.Records.Declarations;
using CpdLog.Web.Features.Records.Discussions;
using CpdLog.Web.Features.Records.Feedback;
using CpdLog.Web.Features.Records.GapExplanations;
using CpdLog.Web.Features.Records.PracticeHours;
using CpdLog.Web.Features.Records.Reflections;

/// <summary>Entity → API DTO and entity → Edit-page input for the six revalidation record types. Never the reverse.</summary>
public sealed class RecordsProfile : Profile
{
    public RecordsProfile()
    {
        CreateMap<ReflectiveAccount, ReflectionDto>()
            .ForMember(d => d.CodeThemes, o => o.MapFrom(s => s.CodeThemes.ToList()));
        CreateMap<ReflectiveAccount, ReflectionInput>()
            .ForMember(d => d.CodeThemes, o => o.MapFrom(s => s.CodeThemes.ToList()));
        CreateMap<FeedbackEntry, FeedbackDto>();
        CreateMap<FeedbackEntry, FeedbackInput>();
        CreateMap<PracticeHoursEntry, PracticeHoursDto>();
        CreateMap<PracticeHoursEntry, PracticeHoursInput>();
        CreateMap<ReflectiveDiscussion, DiscussionDto>();
        CreateMap<ReflectiveDiscussion, DiscussionInput>();
        CreateMap<Confirmation, ConfirmationDto>()
            .ForMember(d => d.ItemsConfirmed, o => o.MapFrom(s => s.ItemsConfirmed.ToList()));
        CreateMap<Confirmation, ConfirmationInput>()
            .ForMember(d => d.ItemsConfirmed, o => o.MapFrom(s => s.ItemsConfirmed.ToList()));
        CreateMap<Declaration, DeclarationDto>();
        CreateMap<Declaration, DeclarationInput>();
        CreateMap<GapExplanation, GapExplanationDto>();
        CreateMap<GapExplanation, GapExplanationInput>();
    }
}
