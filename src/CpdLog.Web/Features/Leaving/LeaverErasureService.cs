namespace CpdLog.Web.Features.Leaving;

/// <summary>
/// The hosted loop around <see cref="LeaverErasure.EraseDueAsync"/>: wakes every <see cref="RetentionOptions.CheckIntervalMinutes"/>
/// on the injected clock and runs in a fresh scope. Every instance may run it; the claim on each account decides which erases.
/// </summary>
public sealed class LeaverErasureService(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<LeaverErasureService> logger)
    : ScopedPeriodicJob<RetentionOptions>(scopes, options, clock, logger)
{
    protected override string RunName => "The leaver erasure run";

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken ct)
    {
        var erased = await services.GetRequiredService<LeaverErasure>().EraseDueAsync(ct);
        if (erased > 0)
        {
            Logger.LogInformation("Leaver erasure: {Count} CPD records erased", erased);
        }
    }
}
