namespace CpdLog.Web.Features.Funding;

/// <summary>How one registration stands: the body, the status scale's code ("met", "on-track", "at-risk", "not-met", "not-due", "warning"; or "unknown") and the cycle deadline. No record content.</summary>
public sealed record RegistrationStatusDto(string BodyCode, string Status, DateOnly? Deadline);
