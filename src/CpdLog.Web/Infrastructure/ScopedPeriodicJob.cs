namespace CpdLog.Web.Infrastructure;

/// <summary>
/// A hosted loop that runs one job in a fresh scope, then waits <see cref="Interval"/> on the injected clock (so a fake
/// clock drives it in tests), until the app stops. A failed run is logged and the next one tries again. Every instance
/// may run it: the job's own claims in the database decide which instance does the work. Its options
/// (<typeparamref name="TOptions"/>) switch it on or off and set the interval, at least a minute.
/// </summary>
public abstract class ScopedPeriodicJob<TOptions>(IServiceScopeFactory scopes, IOptions<TOptions> options, TimeProvider clock, ILogger logger)
    : BackgroundService
    where TOptions : class, IPeriodicJobOptions
{
    protected ILogger Logger { get; } = logger;

    private TOptions Options => options.Value;

    private TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, Options.CheckIntervalMinutes));

    /// <summary>What the error log calls the run, e.g. "The reminder run".</summary>
    protected abstract string RunName { get; }

    /// <summary>One run, with services from its own scope.</summary>
    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Logger.LogError(ex, "{Run} failed; the next run tries again", RunName);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
