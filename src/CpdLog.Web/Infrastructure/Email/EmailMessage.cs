namespace CpdLog.Web.Infrastructure.Email;

/// <summary>A plain-text e-mail to one person.</summary>
public sealed record EmailMessage(string To, string ToName, string Subject, string Body)
{
    /// <summary>Extra header fields, e.g. <c>List-Unsubscribe</c> and <c>List-Unsubscribe-Post</c> (RFC 8058) on reminders.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
