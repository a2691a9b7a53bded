namespace CpdLog.Web.Features.Notifications;

using System.Globalization;
using System.Text;
using CpdLog.Core.Compliance;
using CpdLog.Core.Display;
using CpdLog.Core.Notifications;
using CpdLog.Data;
using CpdLog.Web.Features.Funding;
using CpdLog.Web.Features.Registrations;
using CpdLog.Web.Infrastructure;
using CpdLog.Web.Infrastructure.Email;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>This process's name in claims (several app instances may share one database).</summary>
public sealed class ReminderInstance
{
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}
