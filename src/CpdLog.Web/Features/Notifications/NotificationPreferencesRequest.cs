namespace CpdLog.Web.Features.Notifications;

/// <summary>PUT body: every choice must be given (the resource is replaced).</summary>
public sealed record NotificationPreferencesRequest(bool? AtRiskAlerts, bool? DeadlineReminders, bool? MonthlyDigest, bool? TeamSummary);
