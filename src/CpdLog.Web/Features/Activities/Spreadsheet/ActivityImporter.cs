namespace CpdLog.Web.Features.Activities.Spreadsheet;

/// <summary>
/// Imports a CPD log spreadsheet for one user, for the API and the import page alike. Every row is checked by the rules
/// the activity form uses (<see cref="RecordValidation.Activity"/>, through <see cref="ActivityInput"/>). A row whose
/// content equals one of the user's live activities (and whose reference, when it has one, is that activity's) is
/// skipped, as is a row equal to an earlier row of the file, so importing an export twice adds nothing. A dry run
/// saves nothing; a real import saves every other row in one transaction, or nothing when any row has an error.
/// Imported activities get new ids and the next references of the user's log, in the order of the file.
/// </summary>
public sealed class ActivityImporter(CpdLogDbContext db, TimeProvider clock, IOptions<ActivityImportOptions> options)
{
    public ActivityImportOptions Limits => options.Value;

    /// <summary>Why an uploaded file cannot be read at all (missing, empty, too large), or null.</summary>
    public string? UploadProblem(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return file is null ? "Choose a CSV file to import" : "The file is empty. Download the template, add your activities and choose it again";
        }

        return file.Length > Limits.MaxBytes ? $"The file must be smaller than {UkFormat.Bytes(Limits.MaxBytes)}. Split it into smaller files and import each" : null;
    }

    /// <summary>The bytes of an upload that passed <see cref="UploadProblem"/>.</summary>
    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream((int)file.Length);
        await using var content = file.OpenReadStream();
        await content.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    public async Task<ActivityImportOutcome> RunAsync(string ownerId, byte[] bytes, bool dryRun, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > Limits.MaxBytes)
        {
            return ActivityImportOutcome.Refused($"The file must be smaller than {UkFormat.Bytes(Limits.MaxBytes)}. Split it into smaller files and import each");
        }

        var file = ActivityCsvReader.Read(bytes, Limits.MaxRows);
        if (file.Problem is { } problem)
        {
            return ActivityImportOutcome.Refused(problem);
        }

        var today = clock.UkToday();
        var existing = (await db.Activities.OwnedBy(ownerId).AsNoTracking().ToListAsync(ct))
            .ToLookup(ActivityContent.Of, a => a.Reference);
        var seen = new Dictionary<(ActivityContent, string), int>();
        var errors = new List<ActivityImportError>();
        var skipped = new List<ActivityImportSkip>();
        var toSave = new List<(int Row, CpdActivity Activity)>();
        foreach (var row in file.Rows)
        {
            var rowErrors = Check(row, today);
            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
                continue;
            }

            var activity = new CpdActivity { OwnerId = ownerId };
            row.Input.ApplyTo(activity);
            var content = ActivityContent.Of(activity);
            var match = existing[content].FirstOrDefault(r => row.Reference.Length == 0 || string.Equals(r, row.Reference, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                skipped.Add(new(row.Row, match, null));
            }
            else if (seen.TryGetValue((content, row.Reference.ToUpperInvariant()), out var earlier))
            {
                skipped.Add(new(row.Row, "", earlier));
            }
            else
            {
                seen[(content, row.Reference.ToUpperInvariant())] = row.Row;
                toSave.Add((row.Row, activity));
            }
        }

        var report = new ActivityImportReport
        {
            DryRun = dryRun,
            RowCount = file.Rows.Count,
            ImportCount = toSave.Count,
            Errors = errors,
            Skipped = skipped,
        };
        if (errors.Count > 0 || dryRun || toSave.Count == 0)
        {
            return new(report with { Message = Message(report) }, null);
        }

        // One SaveChanges is one transaction (the reference counters included). Creation instants one tick apart keep
        // the file's order, which is the order the references are given in.
        var now = clock.GetUtcNow();
        foreach (var ((_, activity), i) in toSave.Select((s, i) => (s, i)))
        {
            activity.CreatedAt = now.AddTicks(i);
            activity.UpdatedAt = activity.CreatedAt;
        }

        db.Activities.AddRange(toSave.Select(s => s.Activity));
        await db.SaveChangesAsync(ct);
        report = report with
        {
            Saved = true,
            Imported = [.. toSave.Select(s => new ActivityImported(s.Row, s.Activity.Id, s.Activity.Reference))],
        };
        return new(report with { Message = Message(report) }, null);
    }

    /// <summary>The row's unreadable cells, then the form's rules for every field whose cell could be read.</summary>
    private static List<ActivityImportError> Check(ActivityCsvRow row, DateOnly today)
    {
        var errors = row.Errors.ToList();
        foreach (var error in row.Input.Validate(today))
        {
            var field = FieldErrorMapper.JsonName(error.Field);
            if (errors.Any(e => e.Field == field))
            {
                continue;
            }

            errors.Add(new(row.Row, ActivityCsvColumns.ForField(error.Field)?.Heading ?? "", field, error.Message));
        }

        return errors;
    }

    private static string Message(ActivityImportReport report)
    {
        var activities = UkFormat.Count(report.ImportCount, "activity", "activities");
        var n = report.Skipped.Count;
        var skipped = n == 0 ? "" : report.Saved
            ? $" {UkFormat.Count(n, "row was", "rows were")} already in your CPD log and left out."
            : $" {UkFormat.Count(n, "row is", "rows are")} already in your CPD log and will be left out.";
        if (report.Errors.Count > 0)
        {
            var problems = $"{UkFormat.Count(report.Errors.Count, "error", "errors")} in {UkFormat.Count(report.RowsWithErrors, "row", "rows")}";
            return report.DryRun
                ? $"The file has {problems}. Fix them and check the file again. Nothing has been saved."
                : $"Nothing was imported: the file has {problems}. Fix them and import the file again.";
        }

        if (report.Saved)
        {
            return $"{activities} imported into your CPD log.{skipped}";
        }

        return report.ImportCount == 0
            ? "Nothing to import: every row is already in your CPD log."
            : $"{activities} ready to import.{skipped}{(report.DryRun ? " Nothing has been saved yet." : "")}";
    }
}
