namespace CpdLog.Web.Features.Evidence;

using AutoMapper;
using CpdLog.Core.Records;

public sealed class EvidenceProfile : Profile
{
    public EvidenceProfile() => CreateMap<EvidenceFile, EvidenceDto>();
}
