namespace CpdLog.Web.Features.Admin;

using CpdLog.Web.Api.Paging;
using System.Globalization;
using System.Text;
using CpdLog.Core.Administration;
using CpdLog.Data;
using CpdLog.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>One admin audit entry with the actor's and subject's e-mail addresses (when the subject is an account).</summary>
public sealed record AdminAuditLine(AdminAuditEntry Entry, string Actor, string Subject);
