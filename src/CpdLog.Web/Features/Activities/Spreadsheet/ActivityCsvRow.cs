namespace CpdLog.Web.Features.Activities.Spreadsheet;

/// <summary>One data row of an imported file: its spreadsheet row number, its reference cell, what it says and the cells that could not be read.</summary>
public sealed record ActivityCsvRow(int Row, string Reference, ActivityInput Input, IReadOnlyList<ActivityImportError> Errors);
