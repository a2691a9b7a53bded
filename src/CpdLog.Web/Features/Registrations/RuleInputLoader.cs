namespace CpdLog.Web.Features.Registrations;

using System.Linq.Expressions;
using CpdLog.Core.Compliance;
using CpdLog.Core.Registrations;

/// <summary>
/// Loads a user's rule inputs (<see cref="UserRuleInputs"/>): whole, or caught up from older inputs by reading only the
/// records the user's change log (<see cref="UserDataChange"/>) names since the older inputs' change number, so the
/// first request after a write costs what the write changed, not what the user has.
/// </summary>
/// <remarks>
/// Rules read lean projections (src/CpdLog.Core/Compliance): the same entity types with descriptions, notes and contact
/// details left empty; gap explanations and registrations are loaded whole, as results show them. Private records
/// count: privacy hides them from shared views, not from the user's own totals.
/// </remarks>
public sealed class RuleInputLoader(CpdLogDbContext db)
{
    /// <summary>Above this many changed records, loading everything is cheaper than catching up.</summary>
    public const int MostChangesCaughtUp = 2_000;

    private static readonly Expression<Func<CpdActivity, CpdActivity>> ActivityShape = a => new CpdActivity
    {
        Id = a.Id,
        OwnerId = a.OwnerId,
        Number = a.Number,
        Status = a.Status,
        StartDate = a.StartDate,
        EndDate = a.EndDate,
        Hours = a.Hours,
        ParticipatoryHours = a.ParticipatoryHours,
        Method = a.Method,
        ActivityType = a.ActivityType,
        CodeThemes = a.CodeThemes,
        IsVerifiable = a.IsVerifiable,
        IsEthics = a.IsEthics,
        Tags = a.Tags,
        FundingRequestId = a.FundingRequestId,
    };

    private static readonly Expression<Func<ReflectiveAccount, ReflectiveAccount>> ReflectionShape = r => new ReflectiveAccount
    {
        Id = r.Id,
        OwnerId = r.OwnerId,
        Number = r.Number,
        Date = r.Date,
        CodeThemes = r.CodeThemes,
        ActivityId = r.ActivityId,
        FeedbackId = r.FeedbackId,
    };

    private static readonly Expression<Func<FeedbackEntry, FeedbackEntry>> FeedbackShape = f => new FeedbackEntry
    {
        Id = f.Id,
        OwnerId = f.OwnerId,
        Number = f.Number,
        Date = f.Date,
        Source = f.Source,
    };

    private static readonly Expression<Func<PracticeHoursEntry, PracticeHoursEntry>> PracticeHoursShape = p => new PracticeHoursEntry
    {
        Id = p.Id,
        OwnerId = p.OwnerId,
        Number = p.Number,
        StartDate = p.StartDate,
        EndDate = p.EndDate,
        RegistrationType = p.RegistrationType,
        Hours = p.Hours,
    };

    private static readonly Expression<Func<ReflectiveDiscussion, ReflectiveDiscussion>> DiscussionShape = d => new ReflectiveDiscussion
    {
        Id = d.Id,
        OwnerId = d.OwnerId,
        Number = d.Number,
        Date = d.Date,
        PartnerNmcPin = d.PartnerNmcPin,
    };

    private static readonly Expression<Func<Confirmation, Confirmation>> ConfirmationShape = c => new Confirmation
    {
        Id = c.Id,
        OwnerId = c.OwnerId,
        Number = c.Number,
        Date = c.Date,
        ConfirmerIsNmcRegistrant = c.ConfirmerIsNmcRegistrant,
        ConfirmerCategory = c.ConfirmerCategory,
        ItemsConfirmed = c.ItemsConfirmed,
    };

    private static readonly Expression<Func<Declaration, Declaration>> DeclarationShape = d => new Declaration
    {
        Id = d.Id,
        OwnerId = d.OwnerId,
        Number = d.Number,
        Kind = d.Kind,
        Date = d.Date,
        IndemnityThroughEmployer = d.IndemnityThroughEmployer,
        IndemnityProvider = d.IndemnityProvider,
    };

    /// <summary>Every live registration and record of the user, labelled with <paramref name="stamp"/> (read before loading).</summary>
    public async Task<UserRuleInputs> LoadAsync(string userId, long stamp, DateOnly asOf, CancellationToken ct = default) =>
        (await LoadAsync(new OneOwner(userId), [userId], _ => stamp, asOf, ct))[userId];

    /// <summary>
    /// Every live registration and record of each of <paramref name="userIds"/>, each labelled with its change number
    /// from <paramref name="stamps"/> (read before loading): one query per kind for all of them, as the team view needs
    /// when several reports' cached judgements are cold.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, UserRuleInputs>> LoadManyAsync(
        IReadOnlyCollection<string> userIds, IReadOnlyDictionary<string, long> stamps, DateOnly asOf, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stamps);
        var owners = userIds.Distinct(StringComparer.Ordinal).ToList();
        return owners.Count == 0 ? new Dictionary<string, UserRuleInputs>()
            : await LoadAsync(new ManyOwners(owners), owners, id => stamps.GetValueOrDefault(id), asOf, ct);
    }

    private async Task<Dictionary<string, UserRuleInputs>> LoadAsync(
        IOwnerFilter owners, List<string> ownerIds, Func<string, long> stamp, DateOnly asOf, CancellationToken ct)
    {
        var registrations = await LiveAsync<ProfessionalRegistration>(owners, null, null, ct);
        var activities = await LiveAsync(owners, ActivityShape, null, ct);
        var reflections = await LiveAsync(owners, ReflectionShape, null, ct);
        var feedback = await LiveAsync(owners, FeedbackShape, null, ct);
        var practiceHours = await LiveAsync(owners, PracticeHoursShape, null, ct);
        var discussions = await LiveAsync(owners, DiscussionShape, null, ct);
        var confirmations = await LiveAsync(owners, ConfirmationShape, null, ct);
        var declarations = await LiveAsync(owners, DeclarationShape, null, ct);
        var gaps = await LiveAsync<GapExplanation>(owners, null, null, ct);
        return ownerIds.ToDictionary(id => id, id =>
        {
            List<ProfessionalRegistration> own = [.. registrations[id]];
            own.Sort(JudgingOrder);
            return new UserRuleInputs(stamp(id), own, new ComplianceInput
            {
                AnchorDate = asOf,
                AsOf = asOf,
                Activities = [.. activities[id]],
                Reflections = [.. reflections[id]],
                Feedback = [.. feedback[id]],
                PracticeHours = [.. practiceHours[id]],
                Discussions = [.. discussions[id]],
                Confirmations = [.. confirmations[id]],
                Declarations = [.. declarations[id]],
                GapExplanations = [.. gaps[id]],
            });
        }, StringComparer.Ordinal);
    }

    /// <summary>
    /// <paramref name="previous"/> caught up to at least change number <paramref name="stamp"/>: the records the change
    /// log names after <c>previous.Stamp</c> are read again (one query per changed kind) and replace, join or leave the
    /// lists. Null when the log cannot tell (pruned, numbers gone backwards after a restore) or so much changed that a
    /// whole load is cheaper: the caller then loads everything.
    /// </summary>
    public async Task<UserRuleInputs?> CatchUpAsync(string userId, UserRuleInputs previous, long stamp, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(previous);
        if (stamp == previous.Stamp)
        {
            return previous;
        }

        if (stamp < previous.Stamp || stamp - previous.Stamp > CpdLogDbContext.ChangeLogKept)
        {
            return null;
        }

        var since = previous.Stamp;
        var log = await db.UserDataChanges.AsNoTracking()
            .Where(c => c.UserId == userId && c.Stamp > since)
            .Select(c => new { c.Stamp, c.Kind, c.EntityId })
            .ToListAsync(ct);

        // Every number up to the key must have its entries (each save writes at least one), else the log was pruned.
        if (log.Where(c => c.Stamp <= stamp).Select(c => c.Stamp).Distinct().Count() != stamp - since)
        {
            return null;
        }

        var changed = log.Where(c => c.Kind.Length > 0)
            .GroupBy(c => c.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.EntityId).Distinct().ToList(), StringComparer.Ordinal);
        if (changed.Sum(c => c.Value.Count) > MostChangesCaughtUp)
        {
            return null;
        }

        var evidence = previous.Evidence;
        return new UserRuleInputs(
            stamp,
            await CatchUpListAsync<ProfessionalRegistration>(userId, previous.Registrations, null, changed, JudgingOrder, ct),
            evidence with
            {
                Activities = await CatchUpListAsync(userId, evidence.Activities, ActivityShape, changed, ById, ct),
                Reflections = await CatchUpListAsync(userId, evidence.Reflections, ReflectionShape, changed, ById, ct),
                Feedback = await CatchUpListAsync(userId, evidence.Feedback, FeedbackShape, changed, ById, ct),
                PracticeHours = await CatchUpListAsync(userId, evidence.PracticeHours, PracticeHoursShape, changed, ById, ct),
                Discussions = await CatchUpListAsync(userId, evidence.Discussions, DiscussionShape, changed, ById, ct),
                Confirmations = await CatchUpListAsync(userId, evidence.Confirmations, ConfirmationShape, changed, ById, ct),
                Declarations = await CatchUpListAsync(userId, evidence.Declarations, DeclarationShape, changed, ById, ct),
                GapExplanations = await CatchUpListAsync<GapExplanation>(userId, evidence.GapExplanations, null, changed, ById, ct),
            });
    }

    private static int ById(OwnedRecord a, OwnedRecord b) => a.Id.CompareTo(b.Id);

    private static int JudgingOrder(ProfessionalRegistration a, ProfessionalRegistration b)
    {
        var byCreated = a.CreatedAt.CompareTo(b.CreatedAt);
        return byCreated != 0 ? byCreated : a.Id.CompareTo(b.Id);
    }

    /// <summary>The live rows of <typeparamref name="T"/> of the owners (only <paramref name="ids"/> when given), by owner, ordered by id.</summary>
    private async Task<ILookup<string, T>> LiveAsync<T>(IOwnerFilter owners, Expression<Func<T, T>>? shape, List<Guid>? ids, CancellationToken ct)
        where T : OwnedRecord
    {
        var query = owners.Apply(db.Set<T>()).AsNoTracking();
        if (ids is not null)
        {
            query = query.Where(r => ids.Contains(r.Id));
        }

        var rows = shape is null ? await query.ToListAsync(ct) : await query.Select(shape).ToListAsync(ct);
        rows.Sort(ById);
        return rows.ToLookup(r => r.OwnerId, StringComparer.Ordinal);
    }

    /// <summary>
    /// <paramref name="previous"/> (sorted by <paramref name="order"/>) with the changed rows read again: a changed row
    /// that is no longer live (binned, purged, moved to another owner) leaves; one merge pass, no re-sort.
    /// </summary>
    private async Task<IReadOnlyList<T>> CatchUpListAsync<T>(
        string userId, IReadOnlyList<T> previous, Expression<Func<T, T>>? shape, Dictionary<string, List<Guid>> changed, Comparison<T> order, CancellationToken ct)
        where T : OwnedRecord
    {
        if (!changed.TryGetValue(typeof(T).Name, out var ids))
        {
            return previous;
        }

        List<T> fresh = [.. (await LiveAsync(new OneOwner(userId), shape, ids, ct))[userId]];
        fresh.Sort(order);
        var gone = ids.ToHashSet();
        var merged = new List<T>(previous.Count + fresh.Count);
        var next = 0;
        foreach (var row in previous)
        {
            if (gone.Contains(row.Id))
            {
                continue;
            }

            while (next < fresh.Count && order(fresh[next], row) < 0)
            {
                merged.Add(fresh[next++]);
            }

            merged.Add(row);
        }

        merged.AddRange(fresh.Skip(next));
        return merged;
    }

    /// <summary>Which owners' live rows a load reads: one owner (the usual case, an equality on the indexed owner) or several.</summary>
    private interface IOwnerFilter
    {
        IQueryable<T> Apply<T>(IQueryable<T> query)
            where T : OwnedRecord;
    }

    private sealed class OneOwner(string ownerId) : IOwnerFilter
    {
        public IQueryable<T> Apply<T>(IQueryable<T> query)
            where T : OwnedRecord
            => query.OwnedBy(ownerId);
    }

    private sealed class ManyOwners(List<string> ownerIds) : IOwnerFilter
    {
        public IQueryable<T> Apply<T>(IQueryable<T> query)
            where T : OwnedRecord
            => query.Where(r => ownerIds.Contains(r.OwnerId) && r.DeletedAt == null);
    }
}
