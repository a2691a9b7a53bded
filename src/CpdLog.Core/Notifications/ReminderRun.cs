namespace CpdLog.Core.Notifications;

/// <summary>A day's reminder run, claimed by inserting its row: one instance runs each UK day.</summary>
public sealed class ReminderRun
{
    /// <summary>The UK calendar day (Europe/London).</summary>
    public DateOnly Day { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string Instance { get; set; } = "";

    /// <summary>E-mails sent by the run.</summary>
    public int Sent { get; set; }
}
