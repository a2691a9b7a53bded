namespace CpdLog.Web.Features.Admin;

using CpdLog.Core.Administration;

/// <summary>
/// The append-only record of every administrative act (roles, line manager, cost centres held, account enabled or
/// disabled, budgets, agreement templates, custom bodies): who, when, before and after. Entries are added to the
/// context and saved with the change they describe, so an act and its record succeed or fail together.
/// </summary>
public sealed class AdminAuditLog(CpdLogDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>Records an act by the signed-in user (for services that are not handed the actor).</summary>
    public void RecordByCurrentUser(string kind, string subject, string? before, string? after) =>
        Record(http.HttpContext?.User.UserId() ?? "", kind, subject, before, after);

    /// <summary>A value as the audit shows it: JSON with camelCase names.</summary>
    public static string Snapshot(object? value) => value is null ? "" : System.Text.Json.JsonSerializer.Serialize(value, SnapshotJson);

    private static readonly System.Text.Json.JsonSerializerOptions SnapshotJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    public void Record(string actorId, string kind, string subject, string? before, string? after) =>
        db.AdminAudit.Add(new AdminAuditEntry
        {
            At = clock.GetUtcNow(),
            ActorId = actorId,
            Kind = kind,
            Subject = subject,
            Before = Trim(before),
            After = Trim(after),
        });

    public async Task<List<AdminAuditLine>> ListAsync(int take = 1000, CancellationToken ct = default) =>
        await NameAsync(await db.AdminAudit.OrderByDescending(a => a.At).ThenBy(a => a.Id).Take(take).ToListAsync(ct), ct);

    /// <summary>One page of the audit, newest first (for the page and the JSON API; the CSV takes everything).</summary>
    public async Task<PagedList<AdminAuditLine>> PageAsync(PageRequest request, bool forPage, CancellationToken ct = default)
    {
        var query = db.AdminAudit.OrderByDescending(a => a.At).ThenBy(a => a.Id);
        var entries = forPage ? await query.ToShownPageAsync(request, ct) : await query.ToPagedListAsync(request, ct);
        return new PagedList<AdminAuditLine>(await NameAsync(entries, ct), entries.Request, entries.TotalCount);
    }

    private async Task<List<AdminAuditLine>> NameAsync(List<AdminAuditEntry> entries, CancellationToken ct)
    {
        var ids = entries.Select(e => e.ActorId).Concat(entries.Select(e => e.Subject)).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id, ct);
        return [.. entries.Select(e => new AdminAuditLine(e, names.GetValueOrDefault(e.ActorId, e.ActorId), names.GetValueOrDefault(e.Subject, e.Subject)))];
    }

    public static string Csv(IEnumerable<AdminAuditLine> lines)
    {
        var csv = new StringBuilder("At (UTC),Actor,Kind,Subject,Before,After\r\n");
        foreach (var l in lines)
        {
            Funding.FundingAdminService.Row(csv, l.Entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), l.Actor, l.Entry.Kind,
                l.Subject, l.Entry.Before, l.Entry.After);
        }

        return csv.ToString();
    }

    private static string Trim(string? value)
    {
        var v = (value ?? "").Trim();
        return v.Length > 4000 ? v[..4000] : v;
    }
}
