namespace CpdLog.Web.Features.Registrations;

public sealed record ComplianceDto(
    Guid RegistrationId,
    string Body,
    string BodyName,
    string RuleVersion,
    DateOnly AsOf,
    DateOnly CycleStart,
    DateOnly CycleEnd,
    DateOnly Deadline,
    int DaysLeft,
    bool Met,
    string Status,
    IReadOnlyList<RequirementDto> Requirements)
{
    /// <summary>HCPC: gaps of three months or more, explained or not; empty for other bodies.</summary>
    public IReadOnlyList<GapDto> Gaps { get; init; } = [];

    /// <summary>Requirements whose result changed because a rule was corrected.</summary>
    public IReadOnlyList<CorrectionDto> Corrections { get; init; } = [];
}
