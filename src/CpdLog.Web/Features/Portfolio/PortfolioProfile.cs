namespace CpdLog.Web.Features.Portfolio;

using AutoMapper;
using CpdLog.Core.Portfolio;

public sealed class PortfolioProfile : Profile
{
    public PortfolioProfile() => CreateMap<IssuedPortfolio, IssuedPortfolioDto>();
}
