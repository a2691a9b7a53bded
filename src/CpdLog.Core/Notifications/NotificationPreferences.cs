namespace CpdLog.Core.Notifications;

/// <summary>
/// What reminder e-mails one person receives. No row means the defaults: at-risk alerts and deadline reminders on,
/// the monthly digest and the team summary off.
/// </summary>
public sealed class NotificationPreferences
{
    public string UserId { get; set; } = "";

    /// <summary>An e-mail when a registration becomes at risk (or not met before its deadline), once per cycle.</summary>
    public bool AtRiskAlerts { get; set; } = true;

    /// <summary>E-mails 90, 30 and 7 days before a deadline while anything required is not met.</summary>
    public bool DeadlineReminders { get; set; } = true;

    /// <summary>A monthly e-mail of how each registration stands.</summary>
    public bool MonthlyDigest { get; set; }

    /// <summary>Line managers: a monthly summary of their team's statuses (no record content).</summary>
    public bool TeamSummary { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Turns off the e-mails of <paramref name="kind"/> (<see cref="ReminderKinds"/>); "all" turns off every kind.</summary>
    public void Unsubscribe(string kind)
    {
        var all = kind == ReminderKinds.All;
        if (all || kind == ReminderKinds.AtRisk)
        {
            AtRiskAlerts = false;
        }

        if (all || kind == ReminderKinds.Deadlines)
        {
            DeadlineReminders = false;
        }

        if (all || kind == ReminderKinds.Digest)
        {
            MonthlyDigest = false;
        }

        if (all || kind == ReminderKinds.Team)
        {
            TeamSummary = false;
        }
    }
}
