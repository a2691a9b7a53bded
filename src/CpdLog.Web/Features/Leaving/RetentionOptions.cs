namespace CpdLog.Web.Features.Leaving;

/// <summary>Configuration section <c>Retention</c>: how long a leaver's personal CPD record stays after their leaving date.</summary>
public sealed class RetentionOptions : IPeriodicJobOptions
{
    /// <summary>Days after the recorded leaving date when the leaver's CPD record is erased (0: on the leaving date itself).</summary>
    public int LeaverCpdErasureDays { get; set; } = 90;

    /// <summary>Runs the erasure job in this instance (any number may; a database claim per person decides which one erases).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for leavers whose period is over (minutes, at least 1).</summary>
    public int CheckIntervalMinutes { get; set; } = 60;
}
