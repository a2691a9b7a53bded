namespace CpdLog.Web.Features.Notifications;

using System.Security.Claims;
using CpdLog.Core.Notifications;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>PUT body: every choice must be given (the resource is replaced).</summary>
public sealed record NotificationPreferencesRequest(bool? AtRiskAlerts, bool? DeadlineReminders, bool? MonthlyDigest, bool? TeamSummary);
