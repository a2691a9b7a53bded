namespace CpdLog.Web.Infrastructure;

using System.Text.Json;
using CpdLog.Portfolio.Rendering;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

/// <summary>
/// <c>GET /health</c> for load balancers and operators, anonymous: 200 while the instance can serve (Healthy or
/// Degraded), 503 when it cannot (the database is unreachable). The body names each check and its status, and says
/// nothing about users or configuration beyond the font family portfolios are drawn with.
/// <c>GET /health/database</c> runs the database check alone (same answers): a probe for "can this instance reach its
/// database" that does not touch the data folder or fonts, and the baseline the load benchmark compares pages with.
/// </summary>
public static class HealthSetup
{
    public const string Path = "/health";

    public const string DatabasePath = "/health/database";

    private const string DatabaseTag = "database";

    public static IServiceCollection AddCpdHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseTag])
            .AddCheck<DataFolderHealthCheck>("data-folder")
            .AddCheck<PortfolioFontsHealthCheck>("portfolio-fonts");
        return services;
    }

    public static WebApplication MapCpdHealth(this WebApplication app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks(DatabasePath, new HealthCheckOptions { ResponseWriter = WriteAsync, Predicate = c => c.Tags.Contains(DatabaseTag) })
            .AllowAnonymous().DisableRateLimiting();
        return app;
    }

    /// <summary>Logs, once at start-up, which font family portfolios will be drawn with.</summary>
    public static void LogPortfolioFonts(this WebApplication app)
    {
        var fonts = PortfolioFonts.Default;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CpdLog.Portfolio");
        if (fonts.IsPreferredFamily)
        {
            logger.LogInformation("Portfolios are drawn with {FontFamily}", fonts.FamilyName);
        }
        else
        {
            logger.LogWarning(
                "None of {Preferred} is installed; portfolios are drawn with {FontFamily}. Install fonts-dejavu-core.",
                string.Join(", ", PortfolioFonts.PreferredFamilies), fonts.FamilyName);
        }
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, JsonSerializerOptions.Web));
    }

    /// <summary>Healthy when the database answers; its description names the provider.</summary>
    public sealed class DatabaseHealthCheck(CpdLogDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{(db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true ? "PostgreSQL" : "SQLite")} reachable")
                : HealthCheckResult.Unhealthy("The database cannot be reached");
    }

    private sealed class PortfolioFontsHealthCheck : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var fonts = PortfolioFonts.Default;
            return Task.FromResult(fonts.IsPreferredFamily
                ? HealthCheckResult.Healthy(fonts.FamilyName)
                : HealthCheckResult.Degraded($"{fonts.FamilyName} (none of {string.Join(", ", PortfolioFonts.PreferredFamilies)} is installed)"));
        }
    }
}
