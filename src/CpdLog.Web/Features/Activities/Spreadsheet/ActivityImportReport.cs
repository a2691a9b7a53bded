namespace CpdLog.Web.Features.Activities.Spreadsheet;

/// <summary>
/// What an import found (dry run) or did. <see cref="ImportCount"/> is the number of activities the file adds: saved
/// when <see cref="Saved"/>, otherwise the number it would add once every error is fixed. A real import saves every
/// row or, when any row has an error, nothing.
/// </summary>
public sealed record ActivityImportReport
{
    public bool DryRun { get; init; }

    /// <summary>True only when a real import committed the activities (one transaction).</summary>
    public bool Saved { get; init; }

    /// <summary>Data rows in the file (blank rows not counted).</summary>
    public int RowCount { get; init; }

    public int ImportCount { get; init; }

    /// <summary>Every problem, by row (the heading row is 1) and column.</summary>
    public IReadOnlyList<ActivityImportError> Errors { get; init; } = [];

    /// <summary>Rows already in the log (same content, and the same reference when the row has one), left out.</summary>
    public IReadOnlyList<ActivityImportSkip> Skipped { get; init; } = [];

    /// <summary>The activities saved (real import only).</summary>
    public IReadOnlyList<ActivityImported> Imported { get; init; } = [];

    /// <summary>One sentence for people: what happened and what to do next.</summary>
    public string Message { get; init; } = "";

    /// <summary>Rows with at least one error.</summary>
    public int RowsWithErrors => Errors.Select(e => e.Row).Distinct().Count();
}
