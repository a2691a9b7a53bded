namespace CpdLog.Web.Features.SignOff;

/// <summary>Dates and times as sign-off pages and e-mails show them (UK style, UTC instants).</summary>
public static class SignOffDisplay
{
    public static string Date(DateOnly date) => UkFormat.Date(date);

    public static string Instant(DateTimeOffset at) => UkFormat.Instant(at);
}
