namespace CpdLog.Web.Features.Notifications;

/// <summary>Configuration section <c>Reminders</c>.</summary>
public sealed class ReminderOptions : IPeriodicJobOptions
{
    /// <summary>Runs the daily reminder job in this instance (any number of instances may; one sends each day).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job wakes to see whether today's run is due (minutes, at least 1).</summary>
    public int CheckIntervalMinutes { get; set; } = 60;

    /// <summary>The UK hour (0–23) from which a day's run may start, so e-mails do not arrive in the night.</summary>
    public int SendFromHour { get; set; } = 7;

    /// <summary>A day's claim older than this with no completion is taken over by another instance (minutes).</summary>
    public int StaleRunMinutes { get; set; } = 120;
}
