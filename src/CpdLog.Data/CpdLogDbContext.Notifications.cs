namespace CpdLog.Data;

using CpdLog.Core.Notifications;

public sealed partial class CpdLogDbContext
{
    /// <summary>Each person's choice of reminder e-mails (no row: the defaults).</summary>
    public DbSet<NotificationPreferences> NotificationPreferences => Set<NotificationPreferences>();

    /// <summary>Reminder e-mails claimed or sent: one row per (user, registration, cycle, threshold).</summary>
    public DbSet<ReminderEvent> ReminderEvents => Set<ReminderEvent>();

    /// <summary>One row per UK day the reminder job ran.</summary>
    public DbSet<ReminderRun> ReminderRuns => Set<ReminderRun>();
}
