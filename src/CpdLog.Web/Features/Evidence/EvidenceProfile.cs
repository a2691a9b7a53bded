namespace CpdLog.Web.Features.Evidence;

using AutoMapper;

public sealed class EvidenceProfile : Profile
{
    public EvidenceProfile() => CreateMap<EvidenceFile, EvidenceDto>();
}
