namespace CpdLog.Core.Notifications;

/// <summary>
/// One reminder e-mail, claimed before it is sent: the unique key (user, registration, cycle, threshold) means an event
/// is sent at most once, whichever instance of the service gets there first. <see cref="RegistrationId"/> is
/// <see cref="Guid.Empty"/> for the monthly digest and team summary, whose <see cref="Cycle"/> is the month (yyyy-MM).
/// </summary>
public sealed class ReminderEvent
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string UserId { get; set; } = "";

    public Guid RegistrationId { get; set; }

    /// <summary>The cycle's first day (yyyy-MM-dd), or the month (yyyy-MM) for monthly e-mails.</summary>
    public string Cycle { get; set; } = "";

    /// <summary>"at-risk", "days-90", "days-30", "days-7", "digest" or "team".</summary>
    public string Threshold { get; set; } = "";

    /// <summary>The UK day of the run that claimed it.</summary>
    public DateOnly Day { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>When the mail server accepted it; null while sending (a failed send deletes the claim).</summary>
    public DateTimeOffset? SentAt { get; set; }

    public string Instance { get; set; } = "";
}
