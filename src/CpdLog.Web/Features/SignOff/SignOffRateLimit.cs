namespace CpdLog.Web.Features.SignOff;

using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

/// <summary>
/// The public sign-off page's rate limit: a fixed window per client address (<c>SignOff:PermitLimit</c> requests every
/// <c>SignOff:WindowSeconds</c>), so link tokens cannot be tried in bulk and the page cannot be used to flood the audit.
/// </summary>
public static class SignOffRateLimit
{
    public const string PolicyName = "sign-off";

    public static IServiceCollection AddSignOffRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(SignOffOptions.Section).Get<SignOffOptions>() ?? new SignOffOptions();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, settings.PermitLimit),
                Window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds)),
                QueueLimit = 0,
            })));
        return services;
    }
}
