namespace CpdLog.Web.Features.Registrations;

/// <summary>The catalogue bodies plus the Admin-defined ones, and the rule set that judges a registration.</summary>
public sealed class BodyDirectory(CpdLogDbContext db)
{
    public async Task<IReadOnlyList<BodyInfo>> AllAsync(CancellationToken ct = default)
    {
        var custom = await db.CustomBodies.AsNoTracking().OrderBy(b => b.Name).ToListAsync(ct);
        return BodyCatalogue.All.Select(FromCatalogue).Concat(custom.Select(FromCustom)).ToList();
    }

    /// <summary>The body with this code (catalogue codes and aliases first, then custom codes), or null.</summary>
    public async Task<BodyInfo?> FindAsync(string? code, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        if (BodyCatalogue.Find(code) is { } ruleSet)
        {
            return FromCatalogue(ruleSet);
        }

        var normalised = code.Trim().ToUpperInvariant();
        var custom = await db.CustomBodies.AsNoTracking().FirstOrDefaultAsync(b => b.Code == normalised, ct);
        return custom is null ? null : FromCustom(custom);
    }

    /// <summary>The custom definitions the given registrations refer to, by id.</summary>
    public async Task<IReadOnlyDictionary<Guid, CustomBodyDefinition>> CustomForAsync(
        IEnumerable<ProfessionalRegistration> registrations, CancellationToken ct = default)
    {
        var ids = registrations.Where(r => r.CustomBodyId is not null).Select(r => r.CustomBodyId!.Value).Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<Guid, CustomBodyDefinition>()
            : await db.CustomBodies.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
    }

    /// <summary>
    /// The rule set that judges <paramref name="registration"/> on <paramref name="asOf"/>: the pinned or in-force
    /// catalogue version, or the version of the Admin's definition in force for that cycle. Null when the body is no
    /// longer known.
    /// </summary>
    public static IBodyRuleSet? Resolve(
        ProfessionalRegistration registration,
        IReadOnlyDictionary<Guid, CustomBodyDefinition> custom,
        DateOnly asOf)
    {
        if (registration.CustomBodyId is { } id)
        {
            if (!custom.TryGetValue(id, out var definition))
            {
                return null;
            }

            // The cycle comes from the current rules; the rules in force for that cycle judge it.
            var cycle = BodyCatalogue.ForCustom(definition).GetCycle(registration.AnchorDate, registration.Options, asOf);
            return BodyCatalogue.ForCustom(definition.ForCycleEnding(cycle.End));
        }

        return BodyCatalogue.Resolve(registration.BodyCode, registration.AnchorDate, registration.Options, asOf, registration.RuleVersion);
    }

    /// <summary>A display name for a registration's body even when its rules are unavailable.</summary>
    public static string NameOf(ProfessionalRegistration registration, IReadOnlyDictionary<Guid, CustomBodyDefinition> custom) =>
        registration.CustomBodyId is { } id && custom.TryGetValue(id, out var definition) ? definition.Name
        : BodyCatalogue.Find(registration.BodyCode)?.Name ?? registration.BodyCode;

    private static BodyInfo FromCatalogue(IBodyRuleSet ruleSet) => new(
        ruleSet.Code,
        ruleSet.Name,
        ruleSet,
        BodyCatalogue.VersionsOf(ruleSet.Code).Select(v => v.RuleSet.Version).ToList(),
        null);

    private static BodyInfo FromCustom(CustomBodyDefinition definition)
    {
        var ruleSet = BodyCatalogue.ForCustom(definition);
        return new(definition.Code, definition.Name, ruleSet, [ruleSet.Version], definition.Id);
    }
}
