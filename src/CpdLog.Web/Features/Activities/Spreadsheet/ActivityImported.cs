namespace CpdLog.Web.Features.Activities.Spreadsheet;

/// <summary>An activity saved by an import: the row it came from and its new id and reference.</summary>
public sealed record ActivityImported(int Row, Guid Id, string Reference);
