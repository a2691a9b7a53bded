namespace CpdLog.Web.Features.Admin;

/// <summary>An Admin-defined body: its rules as numbers; blank or 0 thresholds mean "no requirement".</summary>
public sealed record CustomBodyRequest
{
    /// <summary>2–20 letters, digits or hyphens; fixed once created (registrations refer to it).</summary>
    public string? Code { get; init; }

    public string? Name { get; init; }

    public int? CycleMonths { get; init; }

    public AnchorKind? AnchorKind { get; init; }

    public decimal? RequiredHours { get; init; }

    public decimal? RequiredParticipatoryHours { get; init; }

    public decimal? RequiredVerifiableHours { get; init; }

    public int? RequiredReflections { get; init; }

    public int? RequiredFeedback { get; init; }

    public int? MinimumDistinctActivityTypes { get; init; }

    public string? Notes { get; init; }

    /// <summary>
    /// On an edit: the first cycle end the new rules apply to (default today). Cycles that ended earlier keep the
    /// rules they were judged by; a date in the past corrects those cycles too.
    /// </summary>
    public DateOnly? EffectiveFrom { get; init; }
}
