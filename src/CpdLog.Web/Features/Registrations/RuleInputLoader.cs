namespace CpdLog.Web.Features.Registrations;

using System.Linq.Expressions;

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

    /// <summary>
    /// The record types the rules read, each with the columns they read (the lean projection) and its list in
    /// <see cref="ComplianceInput"/>; gap explanations are read whole.
    /// </summary>
    private static readonly EvidenceKind[] Kinds =
    [
        new EvidenceKind<CpdActivity>(
            Lean<CpdActivity>(a => new
            {
                a.Status,
                a.StartDate,
                a.EndDate,
                a.Hours,
                a.ParticipatoryHours,
                a.Method,
                a.ActivityType,
                a.CodeThemes,
                a.IsVerifiable,
                a.IsEthics,
                a.Tags,
                a.FundingRequestId,
            }),
            e => e.Activities,
            (e, rows) => e with { Activities = rows }),
        new EvidenceKind<ReflectiveAccount>(
            Lean<ReflectiveAccount>(r => new { r.Date, r.CodeThemes, r.ActivityId, r.FeedbackId }),
            e => e.Reflections,
            (e, rows) => e with { Reflections = rows }),
        new EvidenceKind<FeedbackEntry>(Lean<FeedbackEntry>(f => new { f.Date, f.Source }), e => e.Feedback, (e, rows) => e with { Feedback = rows }),
        new EvidenceKind<PracticeHoursEntry>(
            Lean<PracticeHoursEntry>(p => new { p.StartDate, p.EndDate, p.RegistrationType, p.Hours }),
            e => e.PracticeHours,
            (e, rows) => e with { PracticeHours = rows }),
        new EvidenceKind<ReflectiveDiscussion>(
            Lean<ReflectiveDiscussion>(d => new { d.Date, d.PartnerNmcPin }),
            e => e.Discussions,
            (e, rows) => e with { Discussions = rows }),
        new EvidenceKind<Confirmation>(
            Lean<Confirmation>(c => new { c.Date, c.ConfirmerIsNmcRegistrant, c.ConfirmerCategory, c.ItemsConfirmed }),
            e => e.Confirmations,
            (e, rows) => e with { Confirmations = rows }),
        new EvidenceKind<Declaration>(
            Lean<Declaration>(d => new { d.Kind, d.Date, d.IndemnityThroughEmployer, d.IndemnityProvider }),
            e => e.Declarations,
            (e, rows) => e with { Declarations = rows }),
        new EvidenceKind<GapExplanation>(null, e => e.GapExplanations, (e, rows) => e with { GapExplanations = rows }),
    ];

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
        var loaded = new List<Func<string, ComplianceInput, ComplianceInput>>(Kinds.Length);
        foreach (var kind in Kinds)
        {
            loaded.Add(await kind.LoadAsync(this, owners, ct));
        }

        return ownerIds.ToDictionary(id => id, id =>
        {
            List<ProfessionalRegistration> own = [.. registrations[id]];
            own.Sort(JudgingOrder);
            var evidence = new ComplianceInput { AnchorDate = asOf, AsOf = asOf };
            return new UserRuleInputs(stamp(id), own, loaded.Aggregate(evidence, (input, fill) => fill(id, input)));
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

        var registrations = await CatchUpListAsync<ProfessionalRegistration>(userId, previous.Registrations, null, changed, JudgingOrder, ct);
        var evidence = previous.Evidence;
        foreach (var kind in Kinds)
        {
            evidence = await kind.CatchUpAsync(this, userId, evidence, changed, ct);
        }

        return new UserRuleInputs(stamp, registrations, evidence);
    }

    /// <summary>
    /// <c>r =&gt; new T { Id = r.Id, OwnerId = r.OwnerId, Number = r.Number, … }</c> with the members
    /// <paramref name="read"/> names: a record with only the columns the rules read.
    /// </summary>
    private static Expression<Func<T, T>> Lean<T>(Expression<Func<T, object>> read)
        where T : OwnedRecord, IReferencedRecord
    {
        var row = read.Parameters[0];
        var members = ((NewExpression)read.Body).Members ?? throw new ArgumentException("Name the members as new { r.A, r.B }.", nameof(read));
        string[] names = [nameof(OwnedRecord.Id), nameof(OwnedRecord.OwnerId), nameof(IReferencedRecord.Number), .. members.Select(m => m.Name)];
        var bindings = names.Select(n => typeof(T).GetProperty(n)!).Select(p => Expression.Bind(p, Expression.Property(row, p)));
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), row);
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

    /// <summary>One record type the rules read: how to load it and where its rows sit in <see cref="ComplianceInput"/>.</summary>
    private abstract class EvidenceKind
    {
        /// <summary>Reads the owners' live rows; the result puts one owner's rows into their input.</summary>
        public abstract Task<Func<string, ComplianceInput, ComplianceInput>> LoadAsync(RuleInputLoader loader, IOwnerFilter owners, CancellationToken ct);

        /// <summary><paramref name="evidence"/> with this type's list caught up (unchanged when the log names none of it).</summary>
        public abstract Task<ComplianceInput> CatchUpAsync(
            RuleInputLoader loader, string userId, ComplianceInput evidence, Dictionary<string, List<Guid>> changed, CancellationToken ct);
    }

    private sealed class EvidenceKind<T>(
        Expression<Func<T, T>>? shape, Func<ComplianceInput, IReadOnlyList<T>> get, Func<ComplianceInput, IReadOnlyList<T>, ComplianceInput> put)
        : EvidenceKind
        where T : OwnedRecord
    {
        public override async Task<Func<string, ComplianceInput, ComplianceInput>> LoadAsync(RuleInputLoader loader, IOwnerFilter owners, CancellationToken ct)
        {
            var rows = await loader.LiveAsync(owners, shape, null, ct);
            return (ownerId, input) => put(input, [.. rows[ownerId]]);
        }

        public override async Task<ComplianceInput> CatchUpAsync(
            RuleInputLoader loader, string userId, ComplianceInput evidence, Dictionary<string, List<Guid>> changed, CancellationToken ct)
            => put(evidence, await loader.CatchUpListAsync(userId, get(evidence), shape, changed, ById, ct));
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
