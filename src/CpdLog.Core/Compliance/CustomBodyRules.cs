namespace CpdLog.Core.Compliance;

/// <summary>One version of a custom body's rules, and the first cycle end it applies to.</summary>
public sealed record CustomBodyRules(
    int Version,
    DateOnly EffectiveFrom,
    int CycleMonths,
    AnchorKind AnchorKind,
    decimal? RequiredHours,
    decimal? RequiredParticipatoryHours,
    decimal? RequiredVerifiableHours,
    int? RequiredReflections,
    int? RequiredFeedback,
    int? MinimumDistinctActivityTypes,
    string Notes);
