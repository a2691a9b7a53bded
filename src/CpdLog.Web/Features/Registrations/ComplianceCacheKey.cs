namespace CpdLog.Web.Features.Registrations;

/// <summary>
/// What a cached compliance judgement was computed under: the user's change number and the custom-bodies change number
/// (both read from the database, so a write on any instance changes them), the rules version and the judgement date.
/// </summary>
public readonly record struct ComplianceCacheKey(long UserStamp, long CustomBodiesStamp, string RulesVersion, DateOnly AsOf);
