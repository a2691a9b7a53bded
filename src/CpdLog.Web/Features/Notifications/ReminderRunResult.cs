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

/// <summary>What one tick of the reminder job did.</summary>
/// <param name="Ran">False when it was too early in the UK day or another instance has today's run.</param>
public sealed record ReminderRunResult(bool Ran, DateOnly Day, int Sent);
