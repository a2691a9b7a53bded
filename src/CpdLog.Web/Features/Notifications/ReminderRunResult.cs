namespace CpdLog.Web.Features.Notifications;

/// <summary>What one tick of the reminder job did.</summary>
/// <param name="Ran">False when it was too early in the UK day or another instance has today's run.</param>
public sealed record ReminderRunResult(bool Ran, DateOnly Day, int Sent);
