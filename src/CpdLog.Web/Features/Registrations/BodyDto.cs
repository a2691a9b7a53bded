namespace CpdLog.Web.Features.Registrations;

public sealed record BodyDto(
    string Code,
    string Name,
    string RuleVersion,
    IReadOnlyList<string> RuleVersions,
    string AnchorLabel,
    IReadOnlyList<BodyOptionDto> Options,
    bool Custom);
