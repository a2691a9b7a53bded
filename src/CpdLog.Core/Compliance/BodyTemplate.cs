namespace CpdLog.Core.Compliance;

/// <summary>
/// A starting point for a body whose own site does not state a CPD amount, period and what counts, so CpdLog cannot
/// ship a built-in rule set for it. An Admin adopts it in one click as a custom body (then edits it like any other).
/// </summary>
/// <param name="Published">What the body publishes about CPD, in our words, with the source.</param>
public sealed record BodyTemplate(
    string Key,
    string Code,
    string Name,
    int CycleMonths,
    AnchorKind AnchorKind,
    int? RequiredReflections,
    int? MinimumDistinctActivityTypes,
    string Published)
{
    /// <summary>The custom body this template creates (version 1, every cycle).</summary>
    public CustomBodyDefinition ToDefinition() => new()
    {
        Code = Code,
        Name = Name,
        CycleMonths = CycleMonths,
        AnchorKind = AnchorKind,
        RequiredReflections = RequiredReflections,
        MinimumDistinctActivityTypes = MinimumDistinctActivityTypes,
        Notes = $"Template, not the body's rule: {Published}",
    };
}
