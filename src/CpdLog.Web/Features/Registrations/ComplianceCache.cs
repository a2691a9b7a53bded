namespace CpdLog.Web.Features.Registrations;

using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

/// <summary>
/// One entry per user (<see cref="ComplianceCacheEntry"/>): their lean rule inputs and their registrations judged under a
/// <see cref="ComplianceCacheKey"/>. A judgement is served only when its key equals the key read from the database for
/// this request, so the cache never decides freshness by itself; on a miss the computation is handed the user's
/// previous inputs, so it can catch up from the records changed since (see <see cref="RuleInputLoader"/>) instead of
/// loading everything.
/// </summary>
public sealed class ComplianceCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly ComplianceCacheOptions _options;
    private readonly ConcurrentDictionary<(string UserId, ComplianceCacheKey Key), Lazy<Task<IReadOnlyList<RegistrationStatus>>>> _inFlight = new();
    private long _hits;
    private long _misses;
    private long _patched;
    private long _loaded;

    public ComplianceCache(IOptions<ComplianceCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, _options.MaxRecords) });
    }

    /// <summary>Every built-in rule set version and its corrections: a new release of the rules is a new key.</summary>
    public static string DefaultRulesVersion { get; } = string.Join(";", BodyCatalogue.AllVersions.Select(v =>
        string.Create(CultureInfo.InvariantCulture, $"{v.RuleSet.Code}:{v.RuleSet.Version}:{v.EffectiveFrom:yyyyMMdd}:{v.RuleSet.Corrections.Count}")));

    public bool Enabled => _options.Enabled;

    /// <summary>The rules version put in every key (a test can pretend a new release).</summary>
    public string RulesVersion { get; set; } = DefaultRulesVersion;

    /// <summary>Judgements served from memory and computed since start (for tests and the benchmark).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Misses whose inputs were caught up from the change log (or reused) rather than loaded whole.</summary>
    public long Patched => Interlocked.Read(ref _patched);

    /// <summary>Misses that loaded every live record of the user.</summary>
    public long Loaded => Interlocked.Read(ref _loaded);

    /// <summary>True when some inputs of the user are cached (under any key), so a miss can catch up instead of loading whole.</summary>
    public bool HasInputs(string userId) => _options.Enabled && _cache.TryGetValue(userId, out _);

    /// <summary>Counts how a miss got its inputs (called by the computation).</summary>
    public void CountInputs(bool patched)
    {
        if (patched)
        {
            Interlocked.Increment(ref _patched);
        }
        else
        {
            Interlocked.Increment(ref _loaded);
        }
    }

    /// <summary>
    /// The cached judgement under <paramref name="key"/>, else one computation shared by every request that misses at the
    /// same time (a burst after a write computes once, not once per connection). The computation gets the user's cached
    /// inputs under any older key (or null) and returns the new inputs with the judgement. It runs without the callers'
    /// cancellation, so one caller leaving does not fail the others; a failed computation is not kept.
    /// </summary>
    public async Task<IReadOnlyList<RegistrationStatus>> GetOrComputeAsync(
        string userId, ComplianceCacheKey key, Func<UserRuleInputs?, Task<(UserRuleInputs Inputs, IReadOnlyList<RegistrationStatus> Statuses)>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var previous = _options.Enabled && _cache.TryGetValue(userId, out ComplianceCacheEntry? entry) ? entry : null;
        if (previous is not null && previous.Key == key)
        {
            Interlocked.Increment(ref _hits);
            return previous.Statuses;
        }

        Interlocked.Increment(ref _misses);
        var flight = _inFlight.GetOrAdd((userId, key), flightKey => new Lazy<Task<IReadOnlyList<RegistrationStatus>>>(async () =>
        {
            try
            {
                var (inputs, statuses) = await compute(previous?.Inputs);
                Set(userId, new ComplianceCacheEntry(key, inputs, statuses));
                return statuses;
            }
            finally
            {
                _inFlight.TryRemove(flightKey, out _);
            }
        }));
        return await flight.Value;
    }

    public void Dispose() => _cache.Dispose();

    private void Set(string userId, ComplianceCacheEntry entry)
    {
        if (!_options.Enabled)
        {
            return;
        }

        // Never replace newer inputs with older ones (two computations for different keys finishing out of order).
        if (_cache.TryGetValue(userId, out ComplianceCacheEntry? current) && current is not null && current.Inputs.Stamp > entry.Inputs.Stamp)
        {
            return;
        }

        _cache.Set(userId, entry, new MemoryCacheEntryOptions
        {
            Size = 1 + entry.Inputs.RecordCount,
            SlidingExpiration = _options.SlidingExpiration,
        });
    }
}
