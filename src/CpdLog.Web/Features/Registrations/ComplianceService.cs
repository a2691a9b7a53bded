namespace CpdLog.Web.Features.Registrations;

using CpdLog.Core.Compliance;
using CpdLog.Core.Records;
using CpdLog.Core.Registrations;
using CpdLog.Data;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>One registration and the judgement of its current cycle (null when the body's rules are unavailable).</summary>
public sealed record RegistrationStatus(ProfessionalRegistration Registration, string BodyName, ComplianceResult? Result)
{
    /// <summary>Requirements whose result changed because a rule was corrected (see docs/requirement-codes.md).</summary>
    public IReadOnlyList<CorrectedResult> Corrections { get; init; } = [];

    /// <summary>
    /// The status scale's code ("met", "on-track", "at-risk", "not-met", "not-due", "warning"; see
    /// <see cref="StatusScale"/>) judged on the result's date, or "unknown" when the body's rules are unavailable.
    /// </summary>
    public string Status => Result is null ? "unknown" : Result.Status.Code();
}

/// <summary>
/// Loads a user's registrations and live records and judges each registration with its body's rules. One activity
/// counts toward every registration it falls inside: every rule set gets ALL the user's live records and applies its
/// own cycle window. Used by the API, the dashboard, portfolios and team views.
/// </summary>
/// <remarks>
/// Rules read lean projections of the records (dates, hours, flags, types, ids; no free text but tags, the NMC Pin
/// and the indemnity provider, which rules test). Today's judgements are cached per user in <see cref="ComplianceCache"/>
/// under a key read from the database on every request (one query): the user's data stamp, the custom-bodies stamp,
/// the rules version and the date. Any write to the user's records renews their stamp in the same SaveChanges, so
/// every app instance sharing the database sees the change on its next request.
/// </remarks>
public sealed class ComplianceService(CpdLogDbContext db, BodyDirectory bodies, TimeProvider clock, ComplianceCache cache)
{
    /// <summary>Today's date on the service's clock.</summary>
    public DateOnly Today() => clock.UkToday();

    public async Task<IReadOnlyList<RegistrationStatus>> ForUserAsync(string userId, DateOnly asOf, CancellationToken ct = default)
    {
        if (!cache.Enabled || asOf != Today())
        {
            return await JudgeAsync(userId, asOf, ct);
        }

        // The key is read BEFORE the records: whatever is cached under it is at least as new as the stamp.
        var stamps = await StampsAsync([userId], ct);
        return await CachedAsync(userId, KeyFor(userId, stamps, asOf), ct);
    }

    /// <summary>
    /// Several users judged on <paramref name="asOf"/> (the team view): one query reads every user's stamp, and only
    /// users whose cached judgement is stale are loaded.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RegistrationStatus>>> ForUsersAsync(
        IReadOnlyCollection<string> userIds, DateOnly asOf, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var results = new Dictionary<string, IReadOnlyList<RegistrationStatus>>(StringComparer.Ordinal);
        var distinct = userIds.Distinct(StringComparer.Ordinal).ToList();
        if (!cache.Enabled || asOf != Today())
        {
            foreach (var userId in distinct)
            {
                results[userId] = await JudgeAsync(userId, asOf, ct);
            }

            return results;
        }

        var stamps = distinct.Count == 0 ? new Dictionary<string, long>() : await StampsAsync(distinct, ct);
        foreach (var userId in distinct)
        {
            results[userId] = await CachedAsync(userId, KeyFor(userId, stamps, asOf), ct);
        }

        return results;
    }

    /// <summary>One of the user's registrations judged on <paramref name="asOf"/>; null when it is not theirs or is in the bin.</summary>
    public async Task<RegistrationStatus?> ForRegistrationAsync(string userId, Guid id, DateOnly asOf, CancellationToken ct = default) =>
        (await ForUserAsync(userId, asOf, ct)).FirstOrDefault(s => s.Registration.Id == id);

    /// <summary>
    /// Every live record of the user, every column, as a rule input with a placeholder anchor (portfolios print the
    /// records); callers set the anchor and options with <c>with { }</c>. Private records count: privacy hides them
    /// from shared views, not from the user's own totals.
    /// </summary>
    public async Task<ComplianceInput> LoadEvidenceAsync(string userId, DateOnly asOf, CancellationToken ct = default) => new()
    {
        AnchorDate = asOf,
        AsOf = asOf,
        Activities = await db.Activities.OwnedBy(userId).AsNoTracking().ToListAsync(ct),
        Reflections = await db.Reflections.OwnedBy(userId).AsNoTracking().ToListAsync(ct),
        Feedback = await db.Feedback.OwnedBy(userId).AsNoTracking().ToListAsync(ct),
        PracticeHours = await db.PracticeHours.OwnedBy(userId).AsNoTracking().ToListAsync(ct),
        Discussions = await db.Discussions.OwnedBy(userId).AsNoTracking().ToListAsync(ct),
        Confirmations = await db.Confirmations.OwnedBy(userId).AsNoTracking().ToListAsync(ct),
        Declarations = await db.Declarations.OwnedBy(userId).AsNoTracking().ToListAsync(ct),
        GapExplanations = await db.GapExplanations.OwnedBy(userId).AsNoTracking().ToListAsync(ct),
    };

    /// <summary>
    /// Every live record of the user as a rule input, holding only what the rules read (src/CpdLog.Core/Compliance):
    /// the same entity types with descriptions, notes and contact details left empty. Gap explanations are loaded
    /// whole, as results show them.
    /// </summary>
    public async Task<ComplianceInput> LoadRuleInputsAsync(string userId, DateOnly asOf, CancellationToken ct = default) => new()
    {
        AnchorDate = asOf,
        AsOf = asOf,
        Activities = await db.Activities.OwnedBy(userId).AsNoTracking().Select(a => new CpdActivity
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
        }).ToListAsync(ct),
        Reflections = await db.Reflections.OwnedBy(userId).AsNoTracking().Select(r => new ReflectiveAccount
        {
            Id = r.Id,
            OwnerId = r.OwnerId,
            Number = r.Number,
            Date = r.Date,
            CodeThemes = r.CodeThemes,
            ActivityId = r.ActivityId,
            FeedbackId = r.FeedbackId,
        }).ToListAsync(ct),
        Feedback = await db.Feedback.OwnedBy(userId).AsNoTracking().Select(f => new FeedbackEntry
        {
            Id = f.Id,
            OwnerId = f.OwnerId,
            Number = f.Number,
            Date = f.Date,
            Source = f.Source,
        }).ToListAsync(ct),
        PracticeHours = await db.PracticeHours.OwnedBy(userId).AsNoTracking().Select(p => new PracticeHoursEntry
        {
            Id = p.Id,
            OwnerId = p.OwnerId,
            Number = p.Number,
            StartDate = p.StartDate,
            EndDate = p.EndDate,
            RegistrationType = p.RegistrationType,
            Hours = p.Hours,
        }).ToListAsync(ct),
        Discussions = await db.Discussions.OwnedBy(userId).AsNoTracking().Select(d => new ReflectiveDiscussion
        {
            Id = d.Id,
            OwnerId = d.OwnerId,
            Number = d.Number,
            Date = d.Date,
            PartnerNmcPin = d.PartnerNmcPin,
        }).ToListAsync(ct),
        Confirmations = await db.Confirmations.OwnedBy(userId).AsNoTracking().Select(c => new Confirmation
        {
            Id = c.Id,
            OwnerId = c.OwnerId,
            Number = c.Number,
            Date = c.Date,
            ConfirmerIsNmcRegistrant = c.ConfirmerIsNmcRegistrant,
            ConfirmerCategory = c.ConfirmerCategory,
            ItemsConfirmed = c.ItemsConfirmed,
        }).ToListAsync(ct),
        Declarations = await db.Declarations.OwnedBy(userId).AsNoTracking().Select(d => new Declaration
        {
            Id = d.Id,
            OwnerId = d.OwnerId,
            Number = d.Number,
            Kind = d.Kind,
            Date = d.Date,
            IndemnityThroughEmployer = d.IndemnityThroughEmployer,
            IndemnityProvider = d.IndemnityProvider,
        }).ToListAsync(ct),
        GapExplanations = await db.GapExplanations.OwnedBy(userId).AsNoTracking().ToListAsync(ct),
    };

    /// <summary>The user's live registrations judged on <paramref name="asOf"/> from lean rule inputs, without the cache.</summary>
    public async Task<IReadOnlyList<RegistrationStatus>> JudgeAsync(string userId, DateOnly asOf, CancellationToken ct = default)
    {
        var registrations = await db.Registrations.OwnedBy(userId).AsNoTracking().ToListAsync(ct);
        if (registrations.Count == 0)
        {
            return [];
        }

        var evidence = await LoadRuleInputsAsync(userId, asOf, ct);
        var custom = await bodies.CustomForAsync(registrations, ct);
        return registrations
            .OrderBy(r => r.CreatedAt)
            .Select(r => Evaluate(r, evidence, custom, asOf))
            .ToList();
    }

    private async Task<IReadOnlyList<RegistrationStatus>> CachedAsync(string userId, ComplianceCacheKey key, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return await cache.GetOrComputeAsync(userId, key, () => JudgeAsync(userId, key.AsOf, CancellationToken.None));
    }

    /// <summary>The stamps of <paramref name="userIds"/> and of the custom bodies, in one query.</summary>
    private async Task<Dictionary<string, long>> StampsAsync(List<string> userIds, CancellationToken ct)
    {
        var keys = userIds.Append(UserDataVersion.CustomBodiesKey).ToList();
        return await db.UserDataVersions.AsNoTracking()
            .Where(v => keys.Contains(v.UserId))
            .ToDictionaryAsync(v => v.UserId, v => v.Stamp, StringComparer.Ordinal, ct);
    }

    private ComplianceCacheKey KeyFor(string userId, Dictionary<string, long> stamps, DateOnly asOf) => new(
        stamps.GetValueOrDefault(userId),
        stamps.GetValueOrDefault(UserDataVersion.CustomBodiesKey),
        cache.RulesVersion,
        asOf);

    private static RegistrationStatus Evaluate(
        ProfessionalRegistration registration,
        ComplianceInput evidence,
        IReadOnlyDictionary<Guid, CustomBodyDefinition> custom,
        DateOnly asOf)
    {
        var ruleSet = BodyDirectory.Resolve(registration, custom, asOf);
        var input = evidence with { AnchorDate = registration.AnchorDate, Options = registration.Options, AsOf = asOf };
        var result = ruleSet?.Evaluate(input);
        return new RegistrationStatus(registration, ruleSet?.Name ?? BodyDirectory.NameOf(registration, custom), result)
        {
            Corrections = ruleSet is null || result is null ? [] : RuleCorrections.Changes(ruleSet, input, result),
        };
    }
}
