namespace CpdLog.Web.Infrastructure.Email;

using System.Net;

/// <summary>
/// Account e-mails (confirm address, reset password) through the same sender as every other CpdLog message, so
/// "Forgotten your password?" works with the configured SMTP server or pickup folder instead of going nowhere.
/// </summary>
public sealed class IdentityEmailSender(IMailSender mail, PublicAddress address) : IEmailSender<CpdUser>
{
    public Task SendConfirmationLinkAsync(CpdUser user, string email, string confirmationLink) =>
        SendAsync(user, email, "Confirm your e-mail address for CpdLog",
            $"Confirm your e-mail address by opening this link:\n\n{Decode(confirmationLink)}\n\nIf you did not create a CpdLog account, ignore this message.");

    public Task SendPasswordResetLinkAsync(CpdUser user, string email, string resetLink) =>
        SendAsync(user, email, "Reset your CpdLog password",
            $"Someone asked to reset the password of your CpdLog account. To choose a new password, open this link:\n\n{Decode(resetLink)}\n\nIf it was not you, ignore this message: your password has not changed.");

    public Task SendPasswordResetCodeAsync(CpdUser user, string email, string resetCode) =>
        SendAsync(user, email, "Your CpdLog password reset code",
            $"Your password reset code is:\n\n{resetCode}\n\nIf you did not ask for it, ignore this message: your password has not changed.");

    // Identity hands over links HTML-encoded (for HTML bodies); our messages are plain text. Identity also builds them
    // from the request's Host header, which the sender chooses: only the path and query are kept, on Email:BaseUrl.
    private string Decode(string link) => address.Rebase(WebUtility.HtmlDecode(link));

    private Task SendAsync(CpdUser user, string email, string subject, string body) =>
        mail.SendAsync(new EmailMessage(email, string.IsNullOrWhiteSpace(user.DisplayName) ? email : user.DisplayName, subject, body), CancellationToken.None);
}
