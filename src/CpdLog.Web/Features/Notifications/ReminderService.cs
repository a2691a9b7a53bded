namespace CpdLog.Web.Features.Notifications;

using Microsoft.Extensions.Options;

/// <summary>
/// The hosted loop around <see cref="ReminderJob.TickAsync"/>: wakes every <see cref="ReminderOptions.CheckIntervalMinutes"/>
/// on the injected clock (so a fake clock drives it in tests) and runs a tick in a fresh scope. Every instance may run
/// it; the database claims decide which one sends.
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderService> logger)
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
                var run = await scope.ServiceProvider.GetRequiredService<ReminderJob>().TickAsync(stoppingToken);
                if (run.Ran)
                {
                    logger.LogInformation("Reminder run for {Day}: {Count} e-mails sent", run.Day, run.Sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The reminder run failed; the next tick tries again");
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
