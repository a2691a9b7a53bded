namespace CpdLog.Web.Features.Leaving;

using Microsoft.Extensions.Options;

/// <summary>
/// The hosted loop around <see cref="LeaverErasure.EraseDueAsync"/>: wakes every <see cref="RetentionOptions.CheckIntervalMinutes"/>
/// on the injected clock and runs in a fresh scope. Every instance may run it; the claim on each account decides which erases.
/// </summary>
public sealed class LeaverErasureService(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<LeaverErasureService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var interval = TimeSpan.FromMinutes(Math.Max(1, options.Value.CheckIntervalMinutes));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var erased = await scope.ServiceProvider.GetRequiredService<LeaverErasure>().EraseDueAsync(stoppingToken);
                if (erased > 0)
                {
                    logger.LogInformation("Leaver erasure: {Count} CPD records erased", erased);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The leaver erasure run failed; the next run tries again");
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
