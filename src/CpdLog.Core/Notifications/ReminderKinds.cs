namespace CpdLog.Core.Notifications;

/// <summary>The kinds of reminder e-mail a person can stop separately (unsubscribe links name one).</summary>
public static class ReminderKinds
{
    public const string AtRisk = "at-risk";

    public const string Deadlines = "deadlines";

    public const string Digest = "digest";

    public const string Team = "team";

    public const string All = "all";

    public static IReadOnlyList<string> Each { get; } = [AtRisk, Deadlines, Digest, Team, All];

    /// <summary>How a kind is named in sentences: "at-risk alerts", "deadline reminders", ...</summary>
    public static string Describe(string kind) => kind switch
    {
        AtRisk => "at-risk alerts",
        Deadlines => "deadline reminders",
        Digest => "the monthly digest",
        Team => "the monthly team summary",
        _ => "all reminder e-mails",
    };
}
