namespace CpdLog.Web.Features.Registrations;

using CpdLog.Core.Compliance;
using CpdLog.Core.Registrations;
using CpdLog.Data;
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
public sealed class ComplianceService(CpdLogDbContext db, BodyDirectory bodies, TimeProvider clock)
{
    /// <summary>Today's date on the service's clock.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IReadOnlyList<RegistrationStatus>> ForUserAsync(string userId, DateOnly asOf, CancellationToken ct = default)
    {
        var registrations = await db.Registrations.OwnedBy(userId).AsNoTracking().ToListAsync(ct);
        if (registrations.Count == 0)
        {
            return [];
        }

        var evidence = await LoadEvidenceAsync(userId, asOf, ct);
        var custom = await bodies.CustomForAsync(registrations, ct);
        return registrations
            .OrderBy(r => r.CreatedAt)
            .Select(r => Evaluate(r, evidence, custom, asOf))
            .ToList();
    }

    /// <summary>One of the user's registrations judged on <paramref name="asOf"/>; null when it is not theirs or is in the bin.</summary>
    public async Task<RegistrationStatus?> ForRegistrationAsync(string userId, Guid id, DateOnly asOf, CancellationToken ct = default)
    {
        var registration = await db.Registrations.OwnedBy(userId).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (registration is null)
        {
            return null;
        }

        var evidence = await LoadEvidenceAsync(userId, asOf, ct);
        var custom = await bodies.CustomForAsync([registration], ct);
        return Evaluate(registration, evidence, custom, asOf);
    }

    /// <summary>
    /// Every live record of the user as a rule input with a placeholder anchor; callers set the anchor and options
    /// with <c>with { }</c>. Private records count: privacy hides them from shared views, not from the user's own totals.
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
