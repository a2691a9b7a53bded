namespace CpdLog.IntegrationTests.Registrations;

using CpdLog.Web.Features.Registrations;
using Microsoft.Extensions.Options;

/// <summary>Requests that miss the cache at the same moment share one computation (a burst after a write computes once).</summary>
public sealed class ComplianceCacheSingleFlightTests
{
    private static readonly ComplianceCacheKey Key = new(1, 2, "rules", new DateOnly(2026, 11, 27));

    [Fact]
    public async Task ConcurrentMisses_ComputeOnce_AndEveryCallerGetsTheResult()
    {
        using var cache = new ComplianceCache(Options.Create(new ComplianceCacheOptions()));
        var computations = 0;
        var release = new TaskCompletionSource();
        IReadOnlyList<RegistrationStatus> result = [];

        async Task<IReadOnlyList<RegistrationStatus>> Compute()
        {
            Interlocked.Increment(ref computations);
            await release.Task;
            return result;
        }

        var callers = Enumerable.Range(0, 50).Select(_ => Task.Run(() => cache.GetOrComputeAsync("user-1", Key, Compute))).ToList();
        await Task.Delay(100);
        release.SetResult();
        var answers = await Task.WhenAll(callers);

        Assert.Equal(1, computations);
        Assert.All(answers, a => Assert.Same(result, a));

        // Cached now: a later call does not compute, and a new key (a write changed the stamp) computes again.
        await cache.GetOrComputeAsync("user-1", Key, Compute);
        Assert.Equal(1, computations);
        await cache.GetOrComputeAsync("user-1", Key with { UserStamp = 3 }, Compute);
        Assert.Equal(2, computations);
    }

    [Fact]
    public async Task FailedComputation_IsNotKept_SoTheNextCallTriesAgain()
    {
        using var cache = new ComplianceCache(Options.Create(new ComplianceCacheOptions()));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetOrComputeAsync("user-1", Key, () => Task.FromException<IReadOnlyList<RegistrationStatus>>(new InvalidOperationException("database gone"))));

        var answer = await cache.GetOrComputeAsync("user-1", Key, () => Task.FromResult<IReadOnlyList<RegistrationStatus>>([]));
        Assert.Empty(answer);
    }
}
