namespace CpdLog.Web.Features.Portfolio;

using CpdLog.Core.Display;
using CpdLog.Web.Api.Paging;
using System.Security.Claims;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using CpdLog.Core.Portfolio;
using CpdLog.Data;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

public sealed class PortfolioProfile : Profile
{
    public PortfolioProfile() => CreateMap<IssuedPortfolio, IssuedPortfolioDto>();
}
