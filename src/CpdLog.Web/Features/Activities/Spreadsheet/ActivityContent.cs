namespace CpdLog.Web.Features.Activities.Spreadsheet;

/// <summary>
/// What an activity says, as the spreadsheet carries it (not its id, reference, timestamps or funding link): two
/// activities with equal content are the same entry of the log. Line ends are compared as "\n" (browsers send
/// "\r\n", spreadsheets keep "\n").
/// </summary>
public sealed record ActivityContent(
    string Title,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal Hours,
    decimal ParticipatoryHours,
    CpdMethod Method,
    ActivityType ActivityType,
    ActivityStatus Status,
    string Description,
    string RelevanceToPractice,
    string LearningOutcomes,
    CodeThemes CodeThemes,
    string Standards,
    bool IsVerifiable,
    bool IsEthics,
    string Tags,
    bool IsPrivate)
{
    public static ActivityContent Of(CpdActivity a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(
            Lines(a.Title), a.StartDate, a.EndDate, a.Hours, a.ParticipatoryHours, a.Method, a.ActivityType, a.Status,
            Lines(a.Description), Lines(a.RelevanceToPractice), Lines(a.LearningOutcomes), a.CodeThemes, Lines(a.Standards),
            a.IsVerifiable, a.IsEthics, a.Tags, a.IsPrivate);
    }

    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
