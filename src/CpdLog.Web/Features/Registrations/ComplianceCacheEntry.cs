namespace CpdLog.Web.Features.Registrations;

/// <summary>One user's cached state: the rule inputs, and their registrations judged under <paramref name="Key"/>.</summary>
public sealed record ComplianceCacheEntry(ComplianceCacheKey Key, UserRuleInputs Inputs, IReadOnlyList<RegistrationStatus> Statuses);
