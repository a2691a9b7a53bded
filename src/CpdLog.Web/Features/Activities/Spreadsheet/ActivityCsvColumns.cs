namespace CpdLog.Web.Features.Activities.Spreadsheet;

using static CpdLog.Web.Features.Activities.Spreadsheet.ActivityCsvCells;

/// <summary>
/// The columns of the CPD log spreadsheet, in order: the NMC CPD log's (dates, method, topic, how it relates to
/// practice, link to the Code, hours, participatory hours, evidence) and the app's own (reference, title, status,
/// activity type, learning outcomes, standards, verifiable, ethics, tags, private). The export, the template and the
/// import all use this one list, so an exported file imports unchanged.
/// </summary>
public static class ActivityCsvColumns
{
    public const string ReferenceHeading = "Reference";

    public static readonly IReadOnlyList<ActivityCsvColumn> All =
    [
        new(ReferenceHeading, "Reference", "Leave blank for a new activity. The export fills it in (for example A17); an import uses it only to recognise activities already in your log, and gives every imported activity a new reference.", false,
            (a, _) => a.Reference, (_, _) => null),
        new("Start date", nameof(CpdActivity.StartDate), "A UK date, for example 31/03/2026.", true,
            (a, _) => Date(a.StartDate), (cell, input) => TryDate(cell, out var d) ? Set(() => input.StartDate = d) : "Enter the start date as a UK date, like 31/03/2026"),
        new("End date", nameof(CpdActivity.EndDate), "A UK date, the same as or after the start date.", true,
            (a, _) => Date(a.EndDate), (cell, input) => TryDate(cell, out var d) ? Set(() => input.EndDate = d) : "Enter the end date as a UK date, like 31/03/2026"),
        new("Title", nameof(CpdActivity.Title), "Up to 300 characters.", true,
            (a, _) => a.Title, (cell, input) => Set(() => input.Title = cell)),
        new("Status", nameof(CpdActivity.Status), $"{Names<ActivityStatus>([ActivityStatus.Completed, ActivityStatus.Planned])}. Blank means Completed.", false,
            (a, _) => Name(a.Status), (cell, input) => TryChoice<ActivityStatus>(cell, out var s)
                ? Set(() => input.Status = s ?? ActivityStatus.Completed)
                : "Enter the status as Completed or Planned"),
        new("Method", nameof(CpdActivity.Method), $"How you did the learning (NMC): {Names<CpdMethod>()}.", true,
            (a, _) => Name(a.Method), (cell, input) => TryChoice<CpdMethod>(cell, out var m)
                ? Set(() => input.Method = m)
                : $"Enter a method from the list: {Names<CpdMethod>()}"),
        new("Activity type", nameof(CpdActivity.ActivityType), $"{Names<ActivityType>()}.", true,
            (a, _) => Name(a.ActivityType), (cell, input) => TryChoice<ActivityType>(cell, out var t)
                ? Set(() => input.ActivityType = t)
                : $"Enter an activity type from the list: {Names<ActivityType>()}"),
        new("Topic", nameof(CpdActivity.Description), "A description of the topic. Needed for a completed activity.", false,
            (a, _) => a.Description, (cell, input) => Set(() => input.Description = cell)),
        new("How it relates to your practice", nameof(CpdActivity.RelevanceToPractice), "Optional.", false,
            (a, _) => a.RelevanceToPractice, (cell, input) => Set(() => input.RelevanceToPractice = cell)),
        new("Learning outcomes", nameof(CpdActivity.LearningOutcomes), "Optional.", false,
            (a, _) => a.LearningOutcomes, (cell, input) => Set(() => input.LearningOutcomes = cell)),
        new("Link to the Code", nameof(CpdActivity.CodeThemes), $"Optional. Any of {Names(CodeThemesExtensions.Each)}, separated by commas.", false,
            (a, _) => a.CodeThemes.Describe(), (cell, input) => TryThemes(cell, out var themes)
                ? Set(() => input.CodeThemes = themes)
                : $"Enter parts of the Code from the list, separated by commas: {Names(CodeThemesExtensions.Each)}"),
        new("Number of hours", nameof(CpdActivity.Hours), "A number with up to 2 decimal places, for example 7.5.", true,
            (a, _) => Hours(a.Hours), (cell, input) => TryHours(cell, out var h) ? Set(() => input.Hours = h) : "Enter the number of hours as a number, like 7.5"),
        new("Participatory hours", nameof(CpdActivity.ParticipatoryHours), "The hours spent learning with other people (NMC), up to the number of hours. Blank means 0.", false,
            (a, _) => Hours(a.ParticipatoryHours), (cell, input) => TryHours(cell, out var h)
                ? Set(() => input.ParticipatoryHours = h ?? 0)
                : "Enter the participatory hours as a number, like 2.5"),
        new("Standards or competencies", nameof(CpdActivity.Standards), "Optional, for example “CIPD Profession Map: Analytics”.", false,
            (a, _) => a.Standards, (cell, input) => Set(() => input.Standards = cell)),
        new("Verifiable", nameof(CpdActivity.IsVerifiable), "Yes or No (ACCA and ICAEW verifiable CPD). Blank means No.", false,
            (a, _) => YesNo(a.IsVerifiable), (cell, input) => TryYesNo(cell, out var v) ? Set(() => input.IsVerifiable = v) : "Enter Yes or No for verifiable"),
        new("Ethics", nameof(CpdActivity.IsEthics), "Yes or No (covers ethics). Blank means No.", false,
            (a, _) => YesNo(a.IsEthics), (cell, input) => TryYesNo(cell, out var v) ? Set(() => input.IsEthics = v) : "Enter Yes or No for ethics"),
        new("Tags", nameof(CpdActivity.Tags), "Optional, separated by commas.", false,
            (a, _) => a.Tags, (cell, input) => Set(() => input.Tags = cell)),
        new("Private", nameof(CpdActivity.IsPrivate), "Yes or No (left out of shared views). Blank means No.", false,
            (a, _) => YesNo(a.IsPrivate), (cell, input) => TryYesNo(cell, out var v) ? Set(() => input.IsPrivate = v) : "Enter Yes or No for private"),
        new("Evidence", "Evidence", "Filled in by the export (the files attached, for example “E3 certificate.pdf”) and ignored by an import: attach files to an activity after importing it.", false,
            (a, evidence) => evidence.For(a.Id), null),
    ];

    /// <summary>The heading row, in order.</summary>
    public static IReadOnlyList<string> Headings { get; } = [.. All.Select(c => c.Heading)];

    /// <summary>The column with this heading or property name (any case; spaces and punctuation ignored), or null.</summary>
    public static ActivityCsvColumn? Find(string heading)
    {
        var key = Key(heading);
        return key.Length == 0 ? null : All.FirstOrDefault(c => Key(c.Heading) == key || Key(c.Field) == key);
    }

    /// <summary>The column that holds a field's values, for placing a rule's message ("" or an unknown field: none).</summary>
    public static ActivityCsvColumn? ForField(string field) => All.FirstOrDefault(c => string.Equals(c.Field, field, StringComparison.OrdinalIgnoreCase));

    private static string? Set(Action assign)
    {
        assign();
        return null;
    }
}
