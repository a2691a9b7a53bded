namespace CpdLog.Web.Features.Portfolio;

using CpdLog.Portfolio;
using CpdLog.Portfolio.Rendering;
using CpdLog.Web.Features.Verify;
using Microsoft.Extensions.DependencyInjection.Extensions;

public static class PortfolioSetup
{
    /// <summary>PDF portfolios and the public verify page.</summary>
    public static IServiceCollection AddPortfolios(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortfolioSettings>(configuration.GetSection(PortfolioSettings.Section));
        services.TryAddSingleton<IPortfolioRenderer>(_ => new SkiaPortfolioRenderer());
        services.AddSingleton<PortfolioRenderGate>();
        services.AddScoped<PortfolioService>();
        services.AddScoped<PortfolioVerifier>();
        services.AddVerifyRateLimit(configuration);
        return services;
    }
}
