namespace CpdLog.Web.Features.SignOff;

using System.Buffers.Text;
using System.Globalization;
using System.Net.Mail;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CpdLog.Core.Display;
using CpdLog.Core.Portfolio;
using CpdLog.Core.Records;
using CpdLog.Core.SignOffs;
using CpdLog.Data;
using CpdLog.Web.Features.Registrations;
using CpdLog.Web.Infrastructure;
using CpdLog.Web.Infrastructure.Email;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>Dates and times as sign-off pages and e-mails show them (UK style, UTC instants).</summary>
public static class SignOffDisplay
{
    public static string Date(DateOnly date) => UkFormat.Date(date);

    public static string Instant(DateTimeOffset at) => UkFormat.Instant(at);
}
