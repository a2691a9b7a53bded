namespace CpdLog.Web.Features.Registrations;

using System.Collections.Concurrent;
using System.Globalization;
using CpdLog.Core.Compliance;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

/// <summary>
/// The stamp a cached compliance judgement was computed under: the user's data stamp and the custom-bodies stamp (both
/// read from the database, so a write on any instance changes them), the rules version and the judgement date.
/// </summary>
public readonly record struct ComplianceCacheKey(long UserStamp, long CustomBodiesStamp, string RulesVersion, DateOnly AsOf);

/// <summary>Settings of the per-user compliance cache (section <c>Compliance:Cache</c>).</summary>
public sealed class ComplianceCacheOptions
{
    /// <summary>False turns the cache off (every request judges afresh).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most users kept; the least recently used are dropped first.</summary>
    public int MaxUsers { get; set; } = 20_000;

    /// <summary>A user's entry is dropped after this long without a read.</summary>
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromMinutes(20);
}

/// <summary>
/// One entry per user: their registrations judged under a <see cref="ComplianceCacheKey"/>. An entry is used only when
/// its key equals the key read from the database for this request, so the cache never decides freshness by itself.
/// </summary>
public sealed class ComplianceCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly ComplianceCacheOptions _options;
    private readonly ConcurrentDictionary<(string UserId, ComplianceCacheKey Key), Lazy<Task<IReadOnlyList<RegistrationStatus>>>> _inFlight = new();

    public ComplianceCache(IOptions<ComplianceCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, _options.MaxUsers) });
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

    private long _hits;
    private long _misses;

    public bool TryGet(string userId, ComplianceCacheKey key, out IReadOnlyList<RegistrationStatus> statuses)
    {
        if (_options.Enabled && _cache.TryGetValue(userId, out Entry? entry) && entry is not null && entry.Key == key)
        {
            Interlocked.Increment(ref _hits);
            statuses = entry.Statuses;
            return true;
        }

        Interlocked.Increment(ref _misses);
        statuses = [];
        return false;
    }

    public void Set(string userId, ComplianceCacheKey key, IReadOnlyList<RegistrationStatus> statuses)
    {
        if (_options.Enabled)
        {
            _cache.Set(userId, new Entry(key, statuses), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = _options.SlidingExpiration });
        }
    }

    /// <summary>
    /// The cached judgement under <paramref name="key"/>, else one computation shared by every request that misses at the
    /// same time (a burst after a write computes once, not once per connection). The shared computation runs without the
    /// callers' cancellation, so one caller leaving does not fail the others.
    /// </summary>
    public async Task<IReadOnlyList<RegistrationStatus>> GetOrComputeAsync(
        string userId, ComplianceCacheKey key, Func<Task<IReadOnlyList<RegistrationStatus>>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (TryGet(userId, key, out var cached))
        {
            return cached;
        }

        var flight = _inFlight.GetOrAdd((userId, key), flightKey => new Lazy<Task<IReadOnlyList<RegistrationStatus>>>(async () =>
        {
            try
            {
                var statuses = await compute();
                Set(userId, key, statuses);
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

    private sealed record Entry(ComplianceCacheKey Key, IReadOnlyList<RegistrationStatus> Statuses);
}
