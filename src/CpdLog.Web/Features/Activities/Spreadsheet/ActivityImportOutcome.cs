namespace CpdLog.Web.Features.Activities.Spreadsheet;

/// <summary>The result of an import: a report (rows read, with or without row errors), or why the file as a whole was refused.</summary>
public sealed record ActivityImportOutcome(ActivityImportReport? Report, string? Problem)
{
    public static ActivityImportOutcome Refused(string problem) => new(null, problem);
}
