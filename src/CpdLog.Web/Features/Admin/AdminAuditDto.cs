namespace CpdLog.Web.Features.Admin;

using CpdLog.Web.Api.Paging;
using System.Security.Claims;
using CpdLog.Core.Compliance;
using CpdLog.Web.Authorization;
using CpdLog.Web.Features.Shared;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>One admin audit entry: who (id and e-mail), when, what, to what, before and after.</summary>
public sealed record AdminAuditDto(DateTimeOffset At, string ActorId, string Actor, string Kind, string SubjectId, string Subject, string Before, string After);
