namespace CpdLog.Web.Features.Registrations;

/// <summary>Settings of the per-user compliance cache (section <c>Compliance:Cache</c>).</summary>
public sealed class ComplianceCacheOptions
{
    /// <summary>False turns the cache off (every request judges afresh).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The most records (of every kind, registrations included) held as rule inputs across all cached users, roughly
    /// 250 bytes each; the least recently used users are dropped first. A user's entry counts their records plus one.
    /// </summary>
    public int MaxRecords { get; set; } = 1_000_000;

    /// <summary>A user's entry is dropped after this long without a read.</summary>
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromMinutes(20);
}
