namespace CpdLog.Web.Features.Notifications;

using CpdLog.Core.Notifications;
using CpdLog.Web.Features.Funding;
using CpdLog.Web.Features.Registrations;
using CpdLog.Web.Infrastructure.Email;

/// <summary>
/// The daily reminder run (issue 14, item 3). A run is claimed for the UK day (a <see cref="ReminderRun"/> row), and
/// each e-mail is claimed by inserting its <see cref="ReminderEvent"/> (unique per user, registration, cycle and
/// threshold) before it is sent, so with any number of instances on one database each event is sent once. Events are
/// judged on the day of the run, not replayed day by day: after missed days the job sends what is due today once
/// (the nearest deadline threshold passed, not every threshold passed while it was down).
/// </summary>
public sealed class ReminderJob(
    CpdLogDbContext db,
    ComplianceService compliance,
    FundingQueries team,
    IMailSender mail,
    PublicAddress address,
    UnsubscribeTokens tokens,
    ReminderInstance instance,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    ILogger<ReminderJob> logger)
{
    /// <summary>Days before a deadline at which a reminder is sent while anything required is not met.</summary>
    public static readonly IReadOnlyList<int> DeadlineThresholds = [7, 30, 90];

    /// <summary>
    /// One tick: when the UK hour has reached <see cref="ReminderOptions.SendFromHour"/> and no instance has run today,
    /// claims today and sends what is due. The hosted loop calls this; tests call it with a fake clock.
    /// </summary>
    public async Task<ReminderRunResult> TickAsync(CancellationToken ct = default)
    {
        var now = clock.UkNow();
        var day = DateOnly.FromDateTime(now.DateTime);
        if (now.Hour < Math.Clamp(options.Value.SendFromHour, 0, 23) || !await ClaimDayAsync(day, ct))
        {
            return new ReminderRunResult(false, day, 0);
        }

        var sent = await SendDueAsync(day, ct);
        var completed = clock.GetUtcNow();
        await db.ReminderRuns.Where(r => r.Day == day)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CompletedAt, completed).SetProperty(r => r.Sent, sent), ct);
        return new ReminderRunResult(true, day, sent);
    }

    /// <summary>
    /// Sends every event due on <paramref name="day"/> that no instance has claimed yet; returns how many were sent.
    /// Safe to call from several instances at once (each event is claimed by a unique insert before it is sent).
    /// </summary>
    public async Task<int> SendDueAsync(DateOnly day, CancellationToken ct = default)
    {
        var owners = await db.Registrations.Where(r => r.DeletedAt == null).Select(r => r.OwnerId).Distinct().ToListAsync(ct);
        var lineManagers = await (from ur in db.UserRoles
                                  join role in db.Roles on ur.RoleId equals role.Id
                                  where role.Name == Roles.LineManager
                                  select ur.UserId).ToListAsync(ct);
        var preferences = await db.NotificationPreferences.AsNoTracking().ToDictionaryAsync(p => p.UserId, ct);
        var users = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && u.Email != null && (owners.Contains(u.Id) || lineManagers.Contains(u.Id)))
            .OrderBy(u => u.Id)
            .ToListAsync(ct);

        var sent = 0;
        foreach (var user in users)
        {
            var p = preferences.GetValueOrDefault(user.Id) ?? new NotificationPreferences { UserId = user.Id };
            try
            {
                if (owners.Contains(user.Id) && (p.AtRiskAlerts || p.DeadlineReminders || p.MonthlyDigest))
                {
                    sent += await ForOwnerAsync(user, p, day, ct);
                }

                if (p.TeamSummary && lineManagers.Contains(user.Id))
                {
                    sent += await SendOnceAsync(user, Guid.Empty, Month(day), ReminderKinds.Team, day,
                        async () => await TeamSummaryAsync(user, day, ct), ct);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Reminders for user {UserId} failed on {Day}; the others go on", user.Id, day);
            }
        }

        return sent;
    }

    private async Task<int> ForOwnerAsync(CpdUser user, NotificationPreferences p, DateOnly day, CancellationToken ct)
    {
        var statuses = (await compliance.ForUserAsync(user.Id, day, ct)).Where(s => s.Result is not null).ToList();
        var sent = 0;
        foreach (var s in statuses)
        {
            var result = s.Result!;
            var daysLeft = result.Cycle.DaysLeft(day);
            var cycle = result.Cycle.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var status = result.Status;
            if (p.AtRiskAlerts && daysLeft >= 0 && status is ComplianceStatus.AtRisk or ComplianceStatus.NotMet)
            {
                sent += await SendOnceAsync(user, s.Registration.Id, cycle, "at-risk", day,
                    () => Task.FromResult<EmailMessage?>(AtRiskMail(user, s, day)), ct);
            }

            if (p.DeadlineReminders && daysLeft >= 0 && !result.Met && DeadlineThresholds.Where(t => daysLeft <= t).DefaultIfEmpty(-1).Min() is var threshold and > 0)
            {
                sent += await SendOnceAsync(user, s.Registration.Id, cycle, $"days-{threshold}", day,
                    () => Task.FromResult<EmailMessage?>(DeadlineMail(user, s, day, threshold)), ct);
            }
        }

        if (p.MonthlyDigest && statuses.Count > 0)
        {
            sent += await SendOnceAsync(user, Guid.Empty, Month(day), ReminderKinds.Digest, day,
                () => Task.FromResult<EmailMessage?>(DigestMail(user, statuses, day)), ct);
        }

        return sent;
    }

    /// <summary>Claims the event by inserting it, then sends; a failed send removes the claim so a later run retries.</summary>
    private async Task<int> SendOnceAsync(CpdUser user, Guid registrationId, string cycle, string threshold, DateOnly day, Func<Task<EmailMessage?>> compose, CancellationToken ct)
    {
        if (await db.ReminderEvents.AnyAsync(e => e.UserId == user.Id && e.RegistrationId == registrationId && e.Cycle == cycle && e.Threshold == threshold, ct))
        {
            return 0;
        }

        var message = await compose();
        if (message is null)
        {
            return 0;
        }

        var claim = new ReminderEvent
        {
            UserId = user.Id, RegistrationId = registrationId, Cycle = cycle, Threshold = threshold, Day = day,
            ClaimedAt = clock.GetUtcNow(), Instance = instance.Id,
        };
        db.ReminderEvents.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.Entry(claim).State = EntityState.Detached;
            if (await db.ReminderEvents.AsNoTracking().AnyAsync(e => e.UserId == user.Id && e.RegistrationId == registrationId && e.Cycle == cycle && e.Threshold == threshold, ct))
            {
                return 0; // another instance claimed it first
            }

            throw;
        }

        try
        {
            await mail.SendAsync(message, ct);
        }
        catch (Exception ex) when (MailFailure.IsDelivery(ex))
        {
            logger.LogError(ex, "Could not send reminder {Threshold} to {To}; the claim is released for a later run", threshold, user.Email);
            db.ReminderEvents.Remove(claim);
            await db.SaveChangesAsync(ct);
            return 0;
        }

        claim.SentAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return 1;
    }

    private EmailMessage AtRiskMail(CpdUser user, RegistrationStatus s, DateOnly day)
    {
        var result = s.Result!;
        var words = result.Status.Words().ToLowerInvariant();
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Your {s.BodyName} ({s.Registration.BodyCode}) CPD is {words} on {Date(day)}. ")
            .Append(CultureInfo.InvariantCulture, $"The deadline is {Date(result.Cycle.Deadline)} ({Days(result.Cycle.DaysLeft(day))} left).\n\n")
            .Append(Requirements(result));
        return Message(user, $"Your {s.Registration.BodyCode} CPD is {words}", text.ToString(), ReminderKinds.AtRisk, address.Page("/Dashboard/Index", fragment: $"reg-{s.Registration.Id}"));
    }

    private EmailMessage DeadlineMail(CpdUser user, RegistrationStatus s, DateOnly day, int threshold)
    {
        var result = s.Result!;
        var unmet = result.Requirements.Count(r => !r.Met && r.Severity == RequirementSeverity.Required);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Your {s.BodyName} ({s.Registration.BodyCode}) deadline is {Date(result.Cycle.Deadline)}: {Days(result.Cycle.DaysLeft(day))} left, ")
            .Append(CultureInfo.InvariantCulture, $"and {unmet} required item{(unmet == 1 ? " is" : "s are")} not met yet. Status today: {result.Status.Words().ToLowerInvariant()}.\n\n")
            .Append(Requirements(result));
        return Message(user, $"{threshold} days to your {s.Registration.BodyCode} deadline: {unmet} item{(unmet == 1 ? "" : "s")} not met",
            text.ToString(), ReminderKinds.Deadlines, address.Page("/Dashboard/Index", fragment: $"reg-{s.Registration.Id}"));
    }

    private EmailMessage DigestMail(CpdUser user, IReadOnlyList<RegistrationStatus> statuses, DateOnly day)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"How your registrations stand on {Date(day)}:\n\n");
        foreach (var s in statuses)
        {
            var result = s.Result!;
            text.Append(CultureInfo.InvariantCulture, $"{s.BodyName} ({s.Registration.BodyCode}): {result.Status.Words()}, deadline {Date(result.Cycle.Deadline)} ({Days(result.Cycle.DaysLeft(day))} left)\n")
                .Append(Requirements(result)).Append('\n');
        }

        return Message(user, $"Your CPD in {UkFormat.Month(day)}", text.ToString(), ReminderKinds.Digest, address.Page("/Dashboard/Index"));
    }

    /// <summary>
    /// The line manager's monthly summary: the people whose requests they decide (their reports and, while a delegation
    /// is active, the delegator's reports: the team view's rule), each registration's body, status and deadline. Never
    /// records, reflections, requirement details or anything private.
    /// </summary>
    private async Task<EmailMessage?> TeamSummaryAsync(CpdUser manager, DateOnly day, CancellationToken ct)
    {
        var ids = await team.ReportIdsAsync(manager.Id, ct);
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).ToListAsync(ct);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Your team's CPD status on {Date(day)}:\n\n");
        if (people.Count == 0)
        {
            text.Append("Nobody reports to you in CpdLog at the moment.\n");
        }

        foreach (var person in people)
        {
            var name = person.DisplayName.Length > 0 ? person.DisplayName : person.Email ?? person.Id;
            var statuses = await compliance.ForUserAsync(person.Id, day, ct);
            text.Append(CultureInfo.InvariantCulture, $"{name}\n");
            if (statuses.Count == 0)
            {
                text.Append("  No registrations\n");
            }

            foreach (var s in statuses)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {s.Registration.BodyCode}: {ComplianceStatusText.Words(s.Status)}")
                    .Append(s.Result is null ? "\n" : $", deadline {Date(s.Result.Cycle.Deadline)}\n");
            }
        }

        text.Append("\nThis summary shows statuses only. CpdLog never shares your team's records, reflections or private items.\n");
        return Message(manager, $"Your team's CPD status: {UkFormat.Month(day)}", text.ToString(), ReminderKinds.Team, address.Page("/Team/Overview"));
    }

    /// <summary>The requirements not met, with their status, amounts, projection at the current pace and next step.</summary>
    private static string Requirements(ComplianceResult result)
    {
        var text = new StringBuilder();
        foreach (var r in result.Requirements.Where(r => !r.Met))
        {
            var status = result.StatusOf(r);
            text.Append(CultureInfo.InvariantCulture, $"- {r.Title}: {status.Words()}, {Number(r.Achieved)} of {Number(r.Required)} {UnitWords.For(r.Required, r.Unit)}");
            if (status is ComplianceStatus.OnTrack or ComplianceStatus.AtRisk && StatusScale.MeasureOf(r) != RequirementMeasure.Fault)
            {
                text.Append(CultureInfo.InvariantCulture, $" ({Number(result.ProjectedOf(r))} by the deadline at your current pace)");
            }

            text.Append(CultureInfo.InvariantCulture, $". {r.NextStep}\n");
        }

        return text.ToString();
    }

    private EmailMessage Message(CpdUser to, string subject, string text, string kind, string link)
    {
        var unsubscribe = address.Page("/Notifications/Unsubscribe", new { token = tokens.Create(to.Id, kind) });
        var name = string.IsNullOrEmpty(to.DisplayName) ? to.Email! : to.DisplayName;
        var body = $"Dear {name},\n\n{text}\nOpen CpdLog: {link}\n\n" +
            $"Choose which reminders you get: {address.Page("/Account/Manage/Notifications", new { area = "Identity" })}\n" +
            $"Stop {ReminderKinds.Describe(kind)}: {unsubscribe}\n";
        return new EmailMessage(to.Email!, to.DisplayName, subject, body)
        {
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{unsubscribe}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }

    /// <summary>Claims <paramref name="day"/>'s run: inserts its row, or takes over a claim left unfinished too long.</summary>
    private async Task<bool> ClaimDayAsync(DateOnly day, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!await db.ReminderRuns.AnyAsync(r => r.Day == day, ct))
        {
            var run = new ReminderRun { Day = day, ClaimedAt = now, Instance = instance.Id };
            db.ReminderRuns.Add(run);
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException)
            {
                db.Entry(run).State = EntityState.Detached;
            }
        }

        var stale = now.AddMinutes(-Math.Max(1, options.Value.StaleRunMinutes));
        var taken = await db.ReminderRuns
            .Where(r => r.Day == day && r.CompletedAt == null && r.ClaimedAt < stale)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedAt, now).SetProperty(r => r.Instance, instance.Id), ct);
        return taken == 1;
    }

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => UkFormat.Date(date);

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    private static string Number(decimal value) => UkFormat.Number(value);
}
