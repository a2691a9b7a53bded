namespace CpdLog.Web.Infrastructure.Email;

/// <summary>Sends e-mail. The one seam for notifications: Moq it in unit tests, use a real SMTP server in integration tests.</summary>
public interface IMailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
