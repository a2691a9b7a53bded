namespace CpdLog.Web.Features.Notifications;

/// <summary>This process's name in claims (several app instances may share one database).</summary>
public sealed class ReminderInstance
{
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}
