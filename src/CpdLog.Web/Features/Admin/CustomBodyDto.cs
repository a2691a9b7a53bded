namespace CpdLog.Web.Features.Admin;

public sealed record CustomBodyDto(
    Guid Id,
    string Code,
    string Name,
    int CycleMonths,
    AnchorKind AnchorKind,
    decimal? RequiredHours,
    decimal? RequiredParticipatoryHours,
    decimal? RequiredVerifiableHours,
    int? RequiredReflections,
    int? RequiredFeedback,
    int? MinimumDistinctActivityTypes,
    string Notes,
    string RuleVersion,
    DateOnly EffectiveFrom,
    IReadOnlyList<CustomBodyRules> EarlierVersions)
{
    public static CustomBodyDto From(CustomBodyDefinition b) => new(
        b.Id, b.Code, b.Name, b.CycleMonths, b.AnchorKind, b.RequiredHours, b.RequiredParticipatoryHours, b.RequiredVerifiableHours,
        b.RequiredReflections, b.RequiredFeedback, b.MinimumDistinctActivityTypes, b.Notes, BodyCatalogue.ForCustom(b).Version,
        b.EffectiveFrom, b.EarlierVersions);
}
