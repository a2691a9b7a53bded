namespace CpdLog.Web.Features.Funding;

using CpdLog.Core.Funding;
using CpdLog.Core.Records;

/// <summary>How one registration stands: the body, the status scale's code ("met", "on-track", "at-risk", "not-met", "not-due", "warning"; or "unknown") and the cycle deadline. No record content.</summary>
public sealed record RegistrationStatusDto(string BodyCode, string Status, DateOnly? Deadline);
