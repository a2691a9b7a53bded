namespace CpdLog.Web.Infrastructure.Email;

using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

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
