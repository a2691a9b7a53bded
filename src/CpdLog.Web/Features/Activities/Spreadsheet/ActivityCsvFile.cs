namespace CpdLog.Web.Features.Activities.Spreadsheet;

/// <summary>A file read by <see cref="ActivityCsvReader"/>: its data rows, or what is wrong with the file as a whole.</summary>
public sealed record ActivityCsvFile(IReadOnlyList<ActivityCsvRow> Rows, string? Problem)
{
    public static ActivityCsvFile Refused(string problem) => new([], problem);
}
