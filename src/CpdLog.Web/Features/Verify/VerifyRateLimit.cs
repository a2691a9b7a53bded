namespace CpdLog.Web.Features.Verify;

using System.Threading.RateLimiting;
using CpdLog.Web.Features.Portfolio;
using Microsoft.AspNetCore.RateLimiting;

/// <summary>
/// The "verify" rate limit: a fixed window per client IP address (<c>Portfolio:VerifyPermitLimit</c> requests every
/// <c>Portfolio:VerifyWindowSeconds</c>), shared by the page and the API, so codes cannot be guessed in bulk.
/// </summary>
public static class VerifyRateLimit
{
    public const string PolicyName = "verify";

    public static IServiceCollection AddVerifyRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(PortfolioSettings.Section).Get<PortfolioSettings>() ?? new PortfolioSettings();
        services.Configure<RateLimiterOptions>(o =>
        {
            o.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, settings.VerifyPermitLimit),
                    Window = TimeSpan.FromSeconds(Math.Max(1, settings.VerifyWindowSeconds)),
                    QueueLimit = 0,
                }));

            // Tell well-behaved clients when to come back (only if no other feature has set a handler).
            o.OnRejected ??= (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
        });
        return services;
    }
}
