namespace CpdLog.Web.Features.Leaving;

using CpdLog.Core.Display;
using CpdLog.Data;
using CpdLog.Data.Security;
using CpdLog.Web.Features.Account;
using CpdLog.Web.Features.Admin;
using CpdLog.Web.Infrastructure.Security;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>
/// Leavers, as docs/security.md ("Leavers") defines them: an Admin records the leaving date; the leaver's personal CPD
/// record is erased by <see cref="PersonalDataErasure"/> (which keeps the employer's funding records and the audit
/// logs) on the leaver's request or <see cref="RetentionOptions.LeaverCpdErasureDays"/> days after leaving. Each
/// erasure is claimed in the database first (so two instances never both erase) and written to the security audit.
/// </summary>
public sealed class LeaverErasure(CpdLogDbContext db, PersonalDataErasure erasure, SecurityAudit audit, AdminAuditLog adminAudit,
    IOptions<RetentionOptions> options, TimeProvider clock, ILogger<LeaverErasure> logger)
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
        person.LeftOn = leftOn;
        adminAudit.Record(actorId, leftOn is null ? "LeavingWithdrawn" : "LeavingRecorded", person.Id, before,
            leftOn is { } d ? $"{UkFormat.Date(d)}; CPD record erased on {UkFormat.Date(ErasureDue(d))}" : "not recorded");
        await db.SaveChangesAsync(ct);
        return errors;
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
