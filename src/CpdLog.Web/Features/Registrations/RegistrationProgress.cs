namespace CpdLog.Web.Features.Registrations;

using CpdLog.Core.Compliance.Progress;

/// <summary>
/// Loads what a registration's page shows: the same judgement as the dashboard (<see cref="ComplianceService"/>) and
/// the progress over the cycle from <see cref="CycleProgress.For"/> on the same records and date.
/// </summary>
public sealed class RegistrationProgress(ComplianceService compliance, BodyDirectory bodies)
{
    /// <summary>Null when the registration is not the user's (or is in the bin).</summary>
    public async Task<RegistrationOverview?> LoadAsync(string userId, Guid registrationId, DateOnly asOf, CancellationToken ct = default)
    {
        var status = await compliance.ForRegistrationAsync(userId, registrationId, asOf, ct);
        if (status is null)
        {
            return null;
        }

        if (status.Result is not { } result)
        {
            return new RegistrationOverview(status, null, []);
        }

        var registration = status.Registration;
        var custom = await bodies.CustomForAsync([registration], ct);
        var rules = BodyDirectory.Resolve(registration, custom, asOf);
        var records = await compliance.LoadEvidenceAsync(userId, asOf, ct);
        var input = records with { AnchorDate = registration.AnchorDate, Options = registration.Options, AsOf = asOf };
        var progress = rules is null ? null : CycleProgress.For(rules, input, result);
        return new RegistrationOverview(status, progress, NextActions.For(registration, result, input));
    }
}
