namespace CpdLog.Web.Features.Leaving;

using CpdLog.Web.Features.Account;
using CpdLog.Web.Features.Admin;
using CpdLog.Web.Infrastructure.Email;

/// <summary>
/// Leavers, as docs/security.md ("Leavers") defines them: an Admin records the leaving date; the leaver's personal CPD
/// record is erased by <see cref="PersonalDataErasure"/> (which keeps the employer's funding records and the audit
/// logs) on the leaver's request or <see cref="RetentionOptions.LeaverCpdErasureDays"/> days after leaving. Each
/// erasure is claimed in the database first (so two instances never both erase) and written to the security audit.
/// </summary>
public sealed class LeaverErasure(CpdLogDbContext db, PersonalDataErasure erasure, SecurityAudit audit, AdminAuditLog adminAudit,
    IOptions<RetentionOptions> options, TimeProvider clock, IMailSender mail, PublicAddress address, ILogger<LeaverErasure> logger)
{
    public int ErasureDays => Math.Max(0, options.Value.LeaverCpdErasureDays);

    /// <summary>The day the record of someone leaving on <paramref name="leftOn"/> is erased automatically.</summary>
    public DateOnly ErasureDue(DateOnly leftOn) => leftOn.AddDays(ErasureDays);

    /// <summary>
    /// Records (or, with null, withdraws) a person's leaving date, in the admin audit. Refused for an account whose
    /// record is already erased. Errors are keyed "leftOn".
    /// </summary>
    public async Task<Dictionary<string, string>> RecordLeavingAsync(string actorId, string userId, DateOnly? leftOn, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var person = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (person is null)
        {
            errors["leftOn"] = "Search for the person again and choose them from the list";
            return errors;
        }

        if (person.LeaverRecordErasedAt is not null)
        {
            errors["leftOn"] = "This person's CPD record has already been erased: the leaving date cannot change";
            return errors;
        }

        if (leftOn is { } date)
        {
            var range = new Dictionary<string, string>(StringComparer.Ordinal);
            LeavingStatementService.CheckRange(date, clock.UkToday(), range);
            if (range.Count > 0)
            {
                errors["leftOn"] = range["leavingDate"];
                return errors;
            }
        }

        var before = person.LeftOn is { } b ? UkFormat.Date(b) : "not recorded";
        var changed = person.LeftOn != leftOn;
        person.LeftOn = leftOn;
        adminAudit.Record(actorId, leftOn is null ? "LeavingWithdrawn" : "LeavingRecorded", person.Id, before,
            leftOn is { } d ? $"{UkFormat.Date(d)}; CPD record erased on {UkFormat.Date(ErasureDue(d))}" : "not recorded");
        await db.SaveChangesAsync(ct);
        if (changed && leftOn is { } left)
        {
            await TellLeaverAsync(person, left);
        }

        return errors;
    }

    /// <summary>
    /// Tells the leaver, once their leaving date is recorded, when their CPD record will be erased and where to take
    /// it with them. A mail failure is logged; the date stays recorded.
    /// </summary>
    private async Task TellLeaverAsync(CpdUser person, DateOnly leftOn)
    {
        if (string.IsNullOrEmpty(person.Email))
        {
            return;
        }

        var name = string.IsNullOrEmpty(person.DisplayName) ? person.Email : person.DisplayName;
        var body = $"Dear {name},\n\n"
            + $"Your employer has recorded that you leave on {UkFormat.Date(leftOn)}.\n\n"
            + $"Your CPD record in CpdLog (activities, reflections, feedback, evidence, qualifications and portfolios) stays here until "
            + $"{UkFormat.Date(ErasureDue(leftOn))}. Then it is erased and your account is closed. Your employer keeps its funding records "
            + "(requests, decisions and learning agreements) under its retention rules.\n\n"
            + "Before then, download your personal archive and, if you like, a statement of what you would repay under your learning "
            + $"agreements. Both are on the \"If I move employer\" page: {address.Page("/Leaving/Index")}\n\n"
            + "Your archive can be imported into the CpdLog of your next employer.\n";
        try
        {
            await mail.SendAsync(new EmailMessage(person.Email, person.DisplayName, "Take your CPD record with you when you leave", body), CancellationToken.None);
        }
        catch (Exception ex) when (MailFailure.IsDelivery(ex))
        {
            logger.LogError(ex, "Could not tell leaver {UserId} when their record will be erased", person.Id);
        }
    }

    /// <summary>Erases a leaver's CPD record now; false when they have no leaving date or it is already erased (or being erased).</summary>
    public async Task<bool> EraseAsync(string userId, string why, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claimed = await db.Users.Where(u => u.Id == userId && u.LeftOn != null && u.LeaverRecordErasedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LeaverRecordErasedAt, now), ct);
        if (claimed != 1)
        {
            return false;
        }

        try
        {
            var user = await db.Users.SingleAsync(u => u.Id == userId, ct);
            await erasure.EraseAsync(user, ct);
            await audit.RecordAsync(SecurityEventKind.LeaverRecordErased, user, detail: $"Left on {UkFormat.Date(user.LeftOn!.Value)}; {why}; funding records and audit kept");
            return true;
        }
        catch
        {
            // Give the claim back so the next run tries again.
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LeaverRecordErasedAt, (DateTimeOffset?)null), CancellationToken.None);
            throw;
        }
    }

    /// <summary>Erases every leaver whose period is over; returns how many were erased by this run.</summary>
    public async Task<int> EraseDueAsync(CancellationToken ct)
    {
        var latestLeftOn = clock.UkToday().AddDays(-ErasureDays);
        var due = await db.Users.Where(u => u.LeftOn != null && u.LeftOn <= latestLeftOn && u.LeaverRecordErasedAt == null)
            .OrderBy(u => u.LeftOn).ThenBy(u => u.Id).Select(u => u.Id).ToListAsync(ct);
        var erased = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            try
            {
                if (await EraseAsync(id, $"automatically, {ErasureDays} days after leaving", ct))
                {
                    erased++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Erasing leaver {UserId} failed; the next run tries again", id);
            }
        }

        return erased;
    }
}
