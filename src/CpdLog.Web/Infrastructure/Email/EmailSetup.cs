namespace CpdLog.Web.Infrastructure.Email;

using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

/// <summary>A plain-text e-mail to one person.</summary>
public sealed record EmailMessage(string To, string ToName, string Subject, string Body)
{
    /// <summary>Extra header fields, e.g. <c>List-Unsubscribe</c> and <c>List-Unsubscribe-Post</c> (RFC 8058) on reminders.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

/// <summary>Sends e-mail. The one seam for notifications: Moq it in unit tests, use a real SMTP server in integration tests.</summary>
public interface IMailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}

public sealed class EmailOptions
{
    /// <summary><c>Pickup</c> (default: .eml files in <see cref="PickupDirectory"/>) or <c>Smtp</c>.</summary>
    public string Mode { get; set; } = "Pickup";

    public string From { get; set; } = "cpdlog@localhost";

    public string FromName { get; set; } = "CpdLog";

    /// <summary>Default: <c>{Storage:DataPath}/mail</c>.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>
    /// Absolute base URL for links in messages, e.g. https://cpd.example.nhs.uk. Required in Production (see
    /// <see cref="PublicAddress"/>); elsewhere it defaults to <see cref="PublicAddress.DevelopmentDefault"/>.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>Lets <see cref="BaseUrl"/> be http in Production (a lab without TLS). Off by default.</summary>
    public bool AllowHttpLinks { get; set; }

    public SmtpSettings Smtp { get; set; } = new();

    public sealed class SmtpSettings
    {
        public string Host { get; set; } = "localhost";

        public int Port { get; set; } = 25;

        /// <summary><c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c> or <c>SslOnConnect</c> (MailKit's SecureSocketOptions).</summary>
        public string Security { get; set; } = "StartTlsWhenAvailable";

        public string? Username { get; set; }

        public string? Password { get; set; }
    }
}

/// <summary>MailKit sender: SMTP relay from configuration, or a pickup folder of .eml files (development default).</summary>
public sealed class MailKitMailSender(IOptions<EmailOptions> options, TimeProvider clock, ILogger<MailKitMailSender> logger) : IMailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var o = options.Value;
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(o.FromName, o.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        foreach (var (name, value) in message.Headers)
        {
            mime.Headers.Add(name, value);
        }

        if (string.Equals(o.Mode, "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            using var smtp = new SmtpClient();
            var security = Enum.TryParse<SecureSocketOptions>(o.Smtp.Security, true, out var s) ? s : SecureSocketOptions.StartTlsWhenAvailable;
            await smtp.ConnectAsync(o.Smtp.Host, o.Smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(o.Smtp.Username))
            {
                await smtp.AuthenticateAsync(o.Smtp.Username, o.Smtp.Password ?? "", ct);
            }

            await smtp.SendAsync(mime, ct);
            await smtp.DisconnectAsync(quit: true, ct);
            return;
        }

        var folder = o.PickupDirectory!;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await mime.WriteToAsync(path, ct);
        logger.LogInformation("E-mail to {To} written to {Path}", message.To, path);
    }
}

public static class EmailSetup
{
    public static IServiceCollection AddCpdEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.PostConfigure<EmailOptions>(o =>
            o.PickupDirectory ??= Path.Combine(configuration["Storage:DataPath"] ?? "data", "mail"));
        services.AddSingleton<IMailSender, MailKitMailSender>();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<Microsoft.AspNetCore.Identity.IEmailSender<Data.CpdUser>, IdentityEmailSender>();
        return services;
    }
}
