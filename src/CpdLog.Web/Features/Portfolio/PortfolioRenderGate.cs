namespace CpdLog.Web.Features.Portfolio;

/// <summary>Caps concurrent renders (configuration <c>Portfolio:MaxConcurrentRenders</c>) and runs them off the request thread.</summary>
public sealed class PortfolioRenderGate(IOptions<PortfolioSettings> settings) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, settings.Value.MaxConcurrentRenders));

    public async Task RunAsync(Func<CancellationToken, Task> render, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            // Layout and drawing are CPU-bound and synchronous: a pool thread does them so request threads stay free.
            await Task.Run(() => render(ct), ct);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
