namespace CpdLog.Web.Features.Registrations;

/// <summary>A gap of three months or more in the record (HCPC continuous record), with the explanations overlapping it.</summary>
public sealed record GapDto(DateOnly From, DateOnly To, int WholeMonths, bool Explained, IReadOnlyList<GapExplanationRefDto> Explanations);
