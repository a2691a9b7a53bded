namespace CpdLog.Web.Features.Activities;

using AutoMapper;
using CpdLog.Core.Records;

/// <summary>Entity → API DTO, and entity → form input for the Edit page. Never the other way.</summary>
public sealed class ActivitiesProfile : Profile
{
    public ActivitiesProfile()
    {
        CreateMap<CpdActivity, ActivityDto>()
            .ForMember(d => d.CodeThemes, o => o.MapFrom(s => s.CodeThemes.ToList()));
        CreateMap<CpdActivity, ActivityInput>()
            .ForMember(d => d.CodeThemes, o => o.MapFrom(s => s.CodeThemes.ToList()));
    }
}
