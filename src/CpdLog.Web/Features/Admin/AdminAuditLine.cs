namespace CpdLog.Web.Features.Admin;

using CpdLog.Core.Administration;

/// <summary>One admin audit entry with the actor's and subject's e-mail addresses (when the subject is an account).</summary>
public sealed record AdminAuditLine(AdminAuditEntry Entry, string Actor, string Subject);
