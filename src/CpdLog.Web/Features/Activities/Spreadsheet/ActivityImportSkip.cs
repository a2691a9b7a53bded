namespace CpdLog.Web.Features.Activities.Spreadsheet;

/// <summary>A row left out because it is already in the log: the activity it matched (<see cref="Reference"/>), or an earlier row of the same file (<see cref="SameAsRow"/>).</summary>
public sealed record ActivityImportSkip(int Row, string Reference, int? SameAsRow);
