namespace CpdLog.Web.Features.Notifications;

using CpdLog.Core.Notifications;

/// <summary>A person's reminder choices. <c>teamSummary</c> is for line managers only.</summary>
public sealed record NotificationPreferencesDto(bool AtRiskAlerts, bool DeadlineReminders, bool MonthlyDigest, bool TeamSummary, bool CanHaveTeamSummary)
{
    public static NotificationPreferencesDto From(NotificationPreferences p, bool lineManager) =>
        new(p.AtRiskAlerts, p.DeadlineReminders, p.MonthlyDigest, p.TeamSummary && lineManager, lineManager);
}
