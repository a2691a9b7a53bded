namespace CpdLog.Web.Features.Registrations;

/// <summary>
/// Loads a user's registrations and live records and judges each registration with its body's rules. One activity
/// counts toward every registration it falls inside: every rule set gets ALL the user's live records and applies its
/// own cycle window. Used by the API, the dashboard, portfolios and team views.
/// </summary>
/// <remarks>
/// Rules read lean projections of the records (<see cref="RuleInputLoader"/>). Today's judgements are cached per user
/// in <see cref="ComplianceCache"/> under a key read from the database on every request (one query): the user's change
/// number, the custom-bodies change number, the rules version and the date. Any write to the user's records raises
/// their number in the same transaction, so every app instance sharing the database sees the change on its next
/// request; the cache then catches the user's inputs up from the records changed since (the change log) and judges
/// again in memory, so the first request after a write does not read every record. A new custom-body definition, rules
/// version or day re-judges the cached inputs without reading any record.
/// </remarks>
public sealed class ComplianceService(CpdLogDbContext db, BodyDirectory bodies, TimeProvider clock, ComplianceCache cache, RuleInputLoader loader)
{
    /// <summary>Today's date on the service's clock.</summary>
    public DateOnly Today() => clock.UkToday();

    public async Task<IReadOnlyList<RegistrationStatus>> ForUserAsync(string userId, DateOnly asOf, CancellationToken ct = default)
    {
        if (!cache.Enabled || asOf != Today())
        {
            return await JudgeAsync(userId, asOf, ct);
        }

        // The key is read BEFORE the records: whatever is cached under it is at least as new as the change number.
        var stamps = await StampsAsync([userId], ct);
        return await CachedAsync(userId, KeyFor(userId, stamps, asOf), null, ct);
    }

    /// <summary>
    /// Several users judged on <paramref name="asOf"/> (the team view): one query reads every user's change number; users
    /// whose cached judgement is stale are caught up one by one from their cached inputs, and those with nothing cached
    /// are loaded together (one query per kind of record for all of them, <see cref="RuleInputLoader.LoadManyAsync"/>).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RegistrationStatus>>> ForUsersAsync(
        IReadOnlyCollection<string> userIds, DateOnly asOf, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var results = new Dictionary<string, IReadOnlyList<RegistrationStatus>>(StringComparer.Ordinal);
        var distinct = userIds.Distinct(StringComparer.Ordinal).ToList();
        if (!cache.Enabled || asOf != Today())
        {
            foreach (var (userId, inputs) in await loader.LoadManyAsync(distinct, new Dictionary<string, long>(), asOf, ct))
            {
                results[userId] = await JudgeInputsAsync(inputs, asOf, ct);
            }

            return results;
        }

        var stamps = distinct.Count == 0 ? new Dictionary<string, long>() : await StampsAsync(distinct, ct);
        var keys = distinct.ToDictionary(id => id, id => KeyFor(id, stamps, asOf), StringComparer.Ordinal);
        var cold = distinct.Where(id => !cache.HasInputs(id)).ToList();
        var loaded = cold.Count > 1 ? await loader.LoadManyAsync(cold, stamps, asOf, ct) : new Dictionary<string, UserRuleInputs>();
        foreach (var userId in distinct)
        {
            results[userId] = await CachedAsync(userId, keys[userId], loaded.GetValueOrDefault(userId), ct);
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
    /// Every live record of the user as a rule input, holding only what the rules read (see <see cref="RuleInputLoader"/>).
    /// </summary>
    public async Task<ComplianceInput> LoadRuleInputsAsync(string userId, DateOnly asOf, CancellationToken ct = default) =>
        (await loader.LoadAsync(userId, 0, asOf, ct)).Evidence;

    /// <summary>The user's live registrations judged on <paramref name="asOf"/> from lean rule inputs, without the cache.</summary>
    public async Task<IReadOnlyList<RegistrationStatus>> JudgeAsync(string userId, DateOnly asOf, CancellationToken ct = default)
    {
        if (!await db.Registrations.OwnedBy(userId).AnyAsync(ct))
        {
            return [];
        }

        return await JudgeInputsAsync(await loader.LoadAsync(userId, 0, asOf, ct), asOf, ct);
    }

    /// <summary>The registrations in <paramref name="inputs"/> judged on <paramref name="asOf"/> (one query: the custom bodies they use).</summary>
    private async Task<IReadOnlyList<RegistrationStatus>> JudgeInputsAsync(UserRuleInputs inputs, DateOnly asOf, CancellationToken ct)
    {
        if (inputs.Registrations.Count == 0)
        {
            return [];
        }

        var custom = await bodies.CustomForAsync(inputs.Registrations, ct);
        return inputs.Registrations.Select(r => Evaluate(r, inputs.Evidence, custom, asOf)).ToList();
    }

    /// <param name="loaded">The user's whole inputs when the caller has already loaded them under <paramref name="key"/>'s change number.</param>
    private async Task<IReadOnlyList<RegistrationStatus>> CachedAsync(string userId, ComplianceCacheKey key, UserRuleInputs? loaded, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return await cache.GetOrComputeAsync(userId, key, async previous =>
        {
            if (previous is null && loaded is not null)
            {
                cache.CountInputs(patched: false);
                return (loaded, await JudgeInputsAsync(loaded, key.AsOf, CancellationToken.None));
            }

            var inputs = previous is null ? null : await loader.CatchUpAsync(userId, previous, key.UserStamp, CancellationToken.None);
            cache.CountInputs(patched: inputs is not null);
            inputs ??= await loader.LoadAsync(userId, key.UserStamp, key.AsOf, CancellationToken.None);
            return (inputs, await JudgeInputsAsync(inputs, key.AsOf, CancellationToken.None));
        });
    }

    /// <summary>The change numbers of <paramref name="userIds"/> and of the custom bodies, in one query.</summary>
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
