namespace CpdLog.Web.Features.Activities.Spreadsheet;

/// <summary>Limits of a CPD log spreadsheet import (configuration section <c>ActivityImport</c>).</summary>
public sealed class ActivityImportOptions
{
    public const string Section = "ActivityImport";

    /// <summary>
    /// Largest file accepted, in bytes (<c>ActivityImport:MaxBytes</c>); 2 MB by default, about 5,000 activities with
    /// a paragraph each. The import page carries a checked file to its confirm step in a form field, and a form field
    /// may hold at most 4 MB (ASP.NET Core's <c>FormOptions.ValueLengthLimit</c>): keep this under 3 MB.
    /// </summary>
    public long MaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Most activities in one file (<c>ActivityImport:MaxRows</c>); 5,000 by default.</summary>
    public int MaxRows { get; set; } = 5_000;
}
