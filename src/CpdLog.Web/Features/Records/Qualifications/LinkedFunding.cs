namespace CpdLog.Web.Features.Records.Qualifications;

/// <summary>
/// A funding request or learning agreement a qualification links to, as its page shows it: only the owner's own
/// (a stored id that is not, or no longer, theirs is not shown), with the link to the request's page.
/// </summary>
public sealed record LinkedFunding(Guid Id, string Text, Guid FundingRequestId)
{
    public static async Task<IReadOnlyList<LinkedFunding>> RequestsAsync(CpdLogDbContext db, string ownerId, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (ids.Count == 0)
        {
            return [];
        }

        var requests = await db.FundingRequests.Where(r => r.RequesterId == ownerId && ids.Contains(r.Id))
            .OrderBy(r => r.StartDate).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Title, r.Provider, r.StartDate, r.Status })
            .ToListAsync(ct);
        return [.. requests.Select(r => new LinkedFunding(r.Id,
            $"{r.Title}, {r.Provider} (from {RecordFormat.ShortDate(r.StartDate)}, {Core.Display.DisplayNames.Of(r.Status).ToLowerInvariant()})",
            r.Id))];
    }

    /// <summary>Agreements the owner accepted; the link goes to the request's page, which shows the agreement.</summary>
    public static async Task<IReadOnlyList<LinkedFunding>> AgreementsAsync(CpdLogDbContext db, string ownerId, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (ids.Count == 0)
        {
            return [];
        }

        var agreements = await (from a in db.AgreementAcceptances
                                join r in db.FundingRequests on a.FundingRequestId equals r.Id
                                where a.AcceptedById == ownerId && r.RequesterId == ownerId && ids.Contains(a.Id)
                                orderby a.AcceptedAt, a.Id
                                select new { a.Id, a.FundingRequestId, r.Title, a.AcceptedAt, a.Amount })
            .ToListAsync(ct);
        return [.. agreements.Select(a => new LinkedFunding(a.Id,
            $"Learning agreement for {a.Title}, accepted {RecordFormat.Date(a.AcceptedAt)} ({Core.Display.UkFormat.Money(a.Amount)})",
            a.FundingRequestId))];
    }
}
