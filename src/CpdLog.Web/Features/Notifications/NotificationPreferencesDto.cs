namespace CpdLog.Web.Features.Notifications;

using System.Security.Claims;
using CpdLog.Core.Notifications;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>A person's reminder choices. <c>teamSummary</c> is for line managers only.</summary>
public sealed record NotificationPreferencesDto(bool AtRiskAlerts, bool DeadlineReminders, bool MonthlyDigest, bool TeamSummary, bool CanHaveTeamSummary)
{
    public static NotificationPreferencesDto From(NotificationPreferences p, bool lineManager) =>
        new(p.AtRiskAlerts, p.DeadlineReminders, p.MonthlyDigest, p.TeamSummary && lineManager, lineManager);
}
