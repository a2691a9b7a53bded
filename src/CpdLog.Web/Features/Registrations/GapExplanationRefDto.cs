namespace CpdLog.Web.Features.Registrations;

/// <summary>An explanation the owner recorded for a gap (only ever returned to the owner).</summary>
public sealed record GapExplanationRefDto(Guid Id, DateOnly From, DateOnly To, string Reason, string Details);
