namespace CpdLog.IntegrationTests.Registrations;

using CpdLog.Core.Compliance;
using CpdLog.Web.Features.Registrations;
using Microsoft.Extensions.Options;

/// <summary>Requests that miss the cache at the same moment share one computation (a burst after a write computes once).</summary>
public sealed class ComplianceCacheSingleFlightTests
{
    private static readonly ComplianceCacheKey Key = new(1, 2, "rules", new DateOnly(2026, 11, 27));

    private static readonly UserRuleInputs Inputs = new(1, [], new ComplianceInput { AnchorDate = Key.AsOf, AsOf = Key.AsOf });

    [Fact]
    public async Task ConcurrentMisses_ComputeOnce_AndEveryCallerGetsTheResult()
    {
        using var cache = new ComplianceCache(Options.Create(new ComplianceCacheOptions()));
        var computations = 0;
        var release = new TaskCompletionSource();
        IReadOnlyList<RegistrationStatus> result = [];

        UserRuleInputs? handed = null;
        async Task<(UserRuleInputs, IReadOnlyList<RegistrationStatus>)> Compute(UserRuleInputs? previous)
        {
            Interlocked.Increment(ref computations);
            handed = previous;
            await release.Task;
            return (Inputs, result);
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
        Assert.Null(handed);
        await cache.GetOrComputeAsync("user-1", Key with { UserStamp = 3 }, Compute);
        Assert.Equal(2, computations);
        Assert.Same(Inputs, handed); // the stale entry's inputs are handed over, to be caught up
    }

    [Fact]
    public async Task FailedComputation_IsNotKept_SoTheNextCallTriesAgain()
    {
        using var cache = new ComplianceCache(Options.Create(new ComplianceCacheOptions()));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetOrComputeAsync("user-1", Key, _ => Task.FromException<(UserRuleInputs, IReadOnlyList<RegistrationStatus>)>(new InvalidOperationException("database gone"))));

        var answer = await cache.GetOrComputeAsync("user-1", Key, _ => Task.FromResult<(UserRuleInputs, IReadOnlyList<RegistrationStatus>)>((Inputs, [])));
        Assert.Empty(answer);
    }
}
