namespace CpdLog.Web.Features.Activities.Spreadsheet;

/// <summary>
/// One column of the CPD log spreadsheet: its heading, the activity property it holds (the key of that property's
/// <see cref="FieldError"/>s, so a message lands in the right column), what to enter (shown on the import page), how an
/// activity's value is written and how a cell is read back. A column with no <see cref="Read"/> is export-only and
/// ignored on import.
/// </summary>
public sealed record ActivityCsvColumn(
    string Heading,
    string Field,
    string WhatToEnter,
    bool Required,
    Func<CpdActivity, ActivityCsvEvidence, string> Write,
    Func<string, ActivityInput, string?>? Read)
{
    /// <summary>Whether an import reads this column (false: written by the export for people, ignored when read back).</summary>
    public bool IsImported => Read is not null;
}
