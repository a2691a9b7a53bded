namespace CpdLog.Web.Infrastructure.Email;

/// <summary>
/// The failures of one e-mail's delivery (server unreachable, refused, protocol error, pickup folder not writable) that
/// a notifier logs and survives: the act that caused the e-mail stands, only the e-mail is lost.
/// </summary>
public static class MailFailure
{
    public static bool IsDelivery(Exception ex) =>
        ex is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.CommandException or InvalidOperationException;
}
