namespace CpdLog.Web.Features.Registrations;

using System.Linq.Expressions;
using CpdLog.Core.Compliance;
using CpdLog.Core.Records;
using CpdLog.Core.Registrations;
using CpdLog.Data;
using Microsoft.EntityFrameworkCore;

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
    public async Task<UserRuleInputs> LoadAsync(string userId, long stamp, DateOnly asOf, CancellationToken ct = default)
    {
        var registrations = await LiveAsync<ProfessionalRegistration>(userId, null, null, ct);
        registrations.Sort(JudgingOrder);
        return new UserRuleInputs(stamp, registrations, new ComplianceInput
        {
            AnchorDate = asOf,
            AsOf = asOf,
            Activities = await LiveAsync(userId, ActivityShape, null, ct),
            Reflections = await LiveAsync(userId, ReflectionShape, null, ct),
            Feedback = await LiveAsync(userId, FeedbackShape, null, ct),
            PracticeHours = await LiveAsync(userId, PracticeHoursShape, null, ct),
            Discussions = await LiveAsync(userId, DiscussionShape, null, ct),
            Confirmations = await LiveAsync(userId, ConfirmationShape, null, ct),
            Declarations = await LiveAsync(userId, DeclarationShape, null, ct),
            GapExplanations = await LiveAsync<GapExplanation>(userId, null, null, ct),
        });
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

    /// <summary>The user's live rows of <typeparamref name="T"/> (only <paramref name="ids"/> when given), ordered by id.</summary>
    private async Task<List<T>> LiveAsync<T>(string userId, Expression<Func<T, T>>? shape, List<Guid>? ids, CancellationToken ct)
        where T : OwnedRecord
    {
        var query = db.Set<T>().OwnedBy(userId).AsNoTracking();
        if (ids is not null)
        {
            query = query.Where(r => ids.Contains(r.Id));
        }

        var rows = shape is null ? await query.ToListAsync(ct) : await query.Select(shape).ToListAsync(ct);
        rows.Sort(ById);
        return rows;
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

        var fresh = await LiveAsync(userId, shape, ids, ct);
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
}
