namespace CpdLog.Web.Features.Admin;

/// <summary>One admin audit entry: who (id and e-mail), when, what, to what, before and after.</summary>
public sealed record AdminAuditDto(DateTimeOffset At, string ActorId, string Actor, string Kind, string SubjectId, string Subject, string Before, string After);
