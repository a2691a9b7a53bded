namespace CpdLog.Web.Infrastructure;

using Microsoft.Extensions.Diagnostics.HealthChecks;

/// <summary>
/// Healthy while the data folder (<c>Storage:DataPath</c>: evidence files, the SQLite database) takes a write; a full,
/// read-only or missing volume makes the instance Unhealthy (503), so the load balancer stops sending uploads to it.
/// </summary>
public sealed class DataFolderHealthCheck(IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetFullPath(configuration["Storage:DataPath"] ?? "data");
        var probe = Path.Combine(folder, $".health-{Guid.NewGuid():N}");
        try
        {
            await using (var file = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
                await file.WriteAsync(new byte[] { 1 }, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            return HealthCheckResult.Healthy("Data folder writable");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("The data folder cannot be written");
        }
    }
}
