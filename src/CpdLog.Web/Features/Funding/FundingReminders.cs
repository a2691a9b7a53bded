namespace CpdLog.Web.Features.Funding;

/// <summary>
/// Sends reminders for decisions waiting more than <see cref="FundingOptions.ReminderAfterDays"/>. Safe with several
/// instances: each reminder is claimed with a conditional UPDATE of <c>LastReminderAt</c>, and only the instance whose
/// update changed the row sends it.
/// </summary>
public sealed class FundingReminders(CpdLogDbContext db, FundingNotifier notifier, TimeProvider clock, IOptions<FundingOptions> options)
{
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddDays(-options.Value.ReminderAfterDays);
        var due = await db.FundingRequests
            .Where(r => (r.Status == FundingStatus.Submitted || r.Status == FundingStatus.AwaitingBudgetHolder || r.Status == FundingStatus.AwaitingCostApproval)
                        && r.AwaitingSince != null && r.AwaitingSince < cutoff
                        && (r.LastReminderAt == null || r.LastReminderAt < cutoff))
            .Select(r => r.Id)
            .ToListAsync(ct);
        var sent = 0;
        foreach (var id in due)
        {
            var claimed = await db.FundingRequests
                .Where(r => r.Id == id && (r.LastReminderAt == null || r.LastReminderAt < cutoff))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.LastReminderAt, now), ct);
            if (claimed == 1)
            {
                await notifier.ReminderAsync(id, ct);
                sent++;
            }
        }

        return sent;
    }
}
