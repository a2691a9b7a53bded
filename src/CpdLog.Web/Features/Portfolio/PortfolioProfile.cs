namespace CpdLog.Web.Features.Portfolio;

using AutoMapper;

public sealed class PortfolioProfile : Profile
{
    public PortfolioProfile() => CreateMap<IssuedPortfolio, IssuedPortfolioDto>();
}
