namespace CpdLog.Web.Features.Notifications;

using CpdLog.Core.Notifications;

/// <summary>Reads and writes a person's reminder choices (the page, the API and unsubscribe links all use this).</summary>
public sealed class NotificationPreferencesService(CpdLogDbContext db, TimeProvider clock)
{
    /// <summary>The person's choices, or the defaults when they never chose (not saved).</summary>
    public async Task<NotificationPreferences> GetAsync(string userId, CancellationToken ct = default) =>
        await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, ct)
        ?? new NotificationPreferences { UserId = userId };

    /// <summary>Saves all four choices. The team summary is only kept for a line manager.</summary>
    public async Task<NotificationPreferences> SaveAsync(string userId, bool atRisk, bool deadlines, bool digest, bool team, CancellationToken ct = default)
    {
        var row = await LoadOrAddAsync(userId, ct);
        row.AtRiskAlerts = atRisk;
        row.DeadlineReminders = deadlines;
        row.MonthlyDigest = digest;
        row.TeamSummary = team && await IsLineManagerAsync(userId, ct);
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>Turns off one kind (or all) for the person named by an unsubscribe link; false when there is no such person.</summary>
    public async Task<bool> UnsubscribeAsync(string userId, string kind, CancellationToken ct = default)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return false;
        }

        var row = await LoadOrAddAsync(userId, ct);
        row.Unsubscribe(kind);
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    public Task<bool> IsLineManagerAsync(string userId, CancellationToken ct = default) =>
        (from ur in db.UserRoles
         join role in db.Roles on ur.RoleId equals role.Id
         where ur.UserId == userId && role.Name == Roles.LineManager
         select ur).AnyAsync(ct);

    private async Task<NotificationPreferences> LoadOrAddAsync(string userId, CancellationToken ct)
    {
        var row = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (row is null)
        {
            row = new NotificationPreferences { UserId = userId };
            db.NotificationPreferences.Add(row);
        }

        return row;
    }
}
