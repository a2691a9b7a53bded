namespace CpdLog.Web.Features.Notifications;

/// <summary>
/// The hosted loop around <see cref="ReminderJob.TickAsync"/>: a tick every <see cref="ReminderOptions.CheckIntervalMinutes"/>;
/// the database claims decide which instance sends.
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderService> logger)
    : ScopedPeriodicJob<ReminderOptions>(scopes, options, clock, logger)
{
    protected override string RunName => "The reminder run";

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken ct)
    {
        var run = await services.GetRequiredService<ReminderJob>().TickAsync(ct);
        if (run.Ran)
        {
            Logger.LogInformation("Reminder run for {Day}: {Count} e-mails sent", run.Day, run.Sent);
        }
    }
}
