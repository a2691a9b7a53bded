namespace CpdLog.Web.Features.Archive;

using System.Text.Json.Nodes;
using CpdLog.Core.Archive;

/// <summary>
/// A person's funding requests with their decisions, the agreements they accepted and the acceptances: the employer's
/// side of their learning, carried in the archive as read-only history. Other people's user ids (approvers, actors)
/// and storage keys stay behind: they mean nothing on another instance.
/// </summary>
public static class FundingHistory
{
    public static async Task<IReadOnlyList<(string Kind, IReadOnlyList<JsonNode> Items)>> LoadAsync(CpdLogDbContext db, string ownerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var requests = await db.FundingRequests.AsNoTracking().Where(r => r.RequesterId == ownerId).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(ct);
        var ids = requests.Select(r => r.Id).ToList();
        var decisions = await db.FundingDecisions.AsNoTracking().Where(d => ids.Contains(d.FundingRequestId)).OrderBy(d => d.At).ThenBy(d => d.Id).ToListAsync(ct);
        var acceptances = await db.AgreementAcceptances.AsNoTracking().Where(a => ids.Contains(a.FundingRequestId)).OrderBy(a => a.AcceptedAt).ThenBy(a => a.Id).ToListAsync(ct);
        var templateIds = acceptances.Select(a => a.TemplateId).Distinct().ToList();
        var agreements = await db.AgreementTemplates.AsNoTracking().Where(t => templateIds.Contains(t.Id)).OrderBy(t => t.Name).ThenBy(t => t.Version).ToListAsync(ct);
        return
        [
            (ImportedHistoryKinds.FundingRequest, Nodes(db, requests, "requesterId", "firstApproverId", "finalApproverId", "certificateKey", "version")),
            (ImportedHistoryKinds.FundingDecision, Nodes(db, decisions, "actorId")),
            (ImportedHistoryKinds.Agreement, Nodes(db, agreements)),
            (ImportedHistoryKinds.AgreementAcceptance, Nodes(db, acceptances, "acceptedById")),
        ];
    }

    private static List<JsonNode> Nodes<T>(CpdLogDbContext db, IEnumerable<T> items, params string[] leaveOut)
        where T : class
        => [.. items.Select(item => (JsonNode)StoredFields.ToNode(db.Model, item, leaveOut))];
}
