namespace CpdLog.Web.Features.Activities.Spreadsheet;

/// <summary>
/// One problem in one row of an imported file. <see cref="Row"/> is the row number a spreadsheet shows (the heading
/// row is 1); <see cref="Column"/> is the template's heading and <see cref="Field"/> the API property name (camelCase),
/// both empty for a problem with the whole row.
/// </summary>
public sealed record ActivityImportError(int Row, string Column, string Field, string Message);
