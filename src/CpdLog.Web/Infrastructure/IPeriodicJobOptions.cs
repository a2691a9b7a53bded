namespace CpdLog.Web.Infrastructure;

/// <summary>The configuration every <see cref="ScopedPeriodicJob{TOptions}"/> reads: on or off, and how often it runs.</summary>
public interface IPeriodicJobOptions
{
    /// <summary>False switches the loop off.</summary>
    bool Enabled { get; }

    /// <summary>Minutes between runs (at least 1).</summary>
    int CheckIntervalMinutes { get; }
}
