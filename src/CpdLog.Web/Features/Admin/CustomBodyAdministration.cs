namespace CpdLog.Web.Features.Admin;

/// <summary>
/// Adds and edits custom bodies. An edit keeps the rules it replaces, bumps the version (which becomes the rule
/// version) and applies from a date, so earlier cycles are still judged by the rules in force for them.
/// </summary>
public sealed class CustomBodyAdministration(CpdLogDbContext db, TimeProvider clock, AdminAuditLog audit)
{
    public async Task<IReadOnlyList<CustomBodyDefinition>> ListAsync(CancellationToken ct = default) =>
        await db.CustomBodies.AsNoTracking().OrderBy(b => b.Name).ThenBy(b => b.Id).ToListAsync(ct);

    public async Task<CustomBodyResult> CreateAsync(CustomBodyRequest request, CancellationToken ct = default)
    {
        var code = request.Code?.Trim().ToUpperInvariant() ?? "";
        var definition = new CustomBodyDefinition { Code = code, CreatedAt = clock.GetUtcNow() };
        Apply(definition, request);
        var errors = Validate(definition, request);
        if (errors.Count == 0 && await db.CustomBodies.AnyAsync(b => b.Code == code, ct))
        {
            errors["code"] = [$"There is already a body with the code \"{code}\""];
        }

        if (errors.Count > 0)
        {
            return new CustomBodyResult(null, errors);
        }

        db.CustomBodies.Add(definition);
        audit.RecordByCurrentUser("CustomBodyCreated", definition.Id.ToString(), "", $"{definition.Code} v{definition.Version} " + AdminAuditLog.Snapshot(definition.CurrentRules));
        await db.SaveChangesAsync(ct);
        return new CustomBodyResult(definition, errors);
    }

    /// <summary>
    /// Adopts a <see cref="BodyTemplates"/> entry as a custom body in one step. Null when there is no such template;
    /// an error on "code" when it was adopted already (or the code is taken).
    /// </summary>
    public async Task<CustomBodyResult?> AdoptTemplateAsync(string key, CancellationToken ct = default)
    {
        if (BodyTemplates.Find(key) is not { } template)
        {
            return null;
        }

        var d = template.ToDefinition();
        return await CreateAsync(new CustomBodyRequest
        {
            Code = d.Code,
            Name = d.Name,
            CycleMonths = d.CycleMonths,
            AnchorKind = d.AnchorKind,
            RequiredReflections = d.RequiredReflections,
            MinimumDistinctActivityTypes = d.MinimumDistinctActivityTypes,
            Notes = d.Notes,
        }, ct);
    }

    /// <summary>Null when there is no such body. The code cannot change.</summary>
    public async Task<CustomBodyResult?> UpdateAsync(Guid id, CustomBodyRequest request, CancellationToken ct = default)
    {
        var definition = await db.CustomBodies.FirstOrDefaultAsync(b => b.Id == id, ct);
        if (definition is null)
        {
            return null;
        }

        var before = definition.CurrentRules;
        Apply(definition, request);
        var errors = Validate(definition, request);
        if (request.Code is not null && !string.Equals(request.Code.Trim(), definition.Code, StringComparison.OrdinalIgnoreCase))
        {
            errors["code"] = ["The code cannot change once registrations may use it; add a new body instead"];
        }

        if (errors.Count > 0)
        {
            // Nothing is saved: drop the edits from the change tracker.
            await db.Entry(definition).ReloadAsync(ct);
            return new CustomBodyResult(null, errors);
        }

        definition.EarlierVersions = [.. definition.EarlierVersions, before];
        definition.Version++;
        definition.EffectiveFrom = request.EffectiveFrom ?? clock.UkToday();
        audit.RecordByCurrentUser("CustomBodyChanged", definition.Id.ToString(), $"{definition.Code} v{definition.Version - 1} " + AdminAuditLog.Snapshot(before),
            $"{definition.Code} v{definition.Version} from {definition.EffectiveFrom:yyyy-MM-dd} " + AdminAuditLog.Snapshot(definition.CurrentRules));
        await db.SaveChangesAsync(ct);
        return new CustomBodyResult(definition, errors);
    }

    private static void Apply(CustomBodyDefinition definition, CustomBodyRequest request)
    {
        definition.Name = request.Name?.Trim() ?? "";
        definition.CycleMonths = request.CycleMonths ?? 12;
        definition.AnchorKind = request.AnchorKind ?? AnchorKind.CycleStart;
        definition.RequiredHours = request.RequiredHours;
        definition.RequiredParticipatoryHours = request.RequiredParticipatoryHours;
        definition.RequiredVerifiableHours = request.RequiredVerifiableHours;
        definition.RequiredReflections = request.RequiredReflections;
        definition.RequiredFeedback = request.RequiredFeedback;
        definition.MinimumDistinctActivityTypes = request.MinimumDistinctActivityTypes;
        definition.Notes = request.Notes?.Trim() ?? "";
    }

    /// <summary>Core's checks (<see cref="CustomBodyValidation"/>) as the problem-details errors the result carries.</summary>
    private static Dictionary<string, string[]> Validate(CustomBodyDefinition definition, CustomBodyRequest request) =>
        FieldErrorMapper.ToProblemErrors(CustomBodyValidation.Validate(definition, request.AnchorKind));
}
