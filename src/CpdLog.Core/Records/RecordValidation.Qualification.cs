namespace CpdLog.Core.Records;

public static partial class RecordValidation
{
    public const int MaxQualificationTitle = 300;

    public const int MaxAwardingBody = 200;

    public const int MaxQualificationLevel = 100;

    public const int MaxModuleTitle = 300;

    /// <summary>Sanity bounds: a doctorate is 540 credits; a module of more than 240 is a typing slip.</summary>
    public const int MaxCreditsNeeded = 1000;

    public const int MaxModuleCredits = 240;

    public const int MaxModules = 60;

    public const int MaxExamSittings = 10;

    /// <summary>
    /// A qualification and its modules, all errors at once. A module's errors are keyed <c>Modules[2].Title</c> (the
    /// index in <see cref="Qualification.Modules"/>), as the API's JSON path names it.
    /// </summary>
    public static IReadOnlyList<FieldError> Qualification(Qualification q, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(q);
        var e = new Errors();
        e.RequiredText(nameof(q.Title), q.Title, "Enter the name of the qualification", MaxQualificationTitle);
        e.RequiredText(nameof(q.AwardingBody), q.AwardingBody, "Enter the awarding body, like CIPFA or the university", MaxAwardingBody);
        e.MaxLength(nameof(q.Level), q.Level, MaxQualificationLevel);
        if (q.StartDate == DateOnly.MinValue)
        {
            e.Add(nameof(q.StartDate), "Enter the start date");
        }

        if (q.ExpectedCompletionDate == DateOnly.MinValue)
        {
            e.Add(nameof(q.ExpectedCompletionDate), "Enter the expected completion date");
        }
        else if (q.StartDate != DateOnly.MinValue && q.ExpectedCompletionDate < q.StartDate)
        {
            e.Add(nameof(q.ExpectedCompletionDate), "The expected completion date must be the same as or after the start date");
        }

        e.Defined(nameof(q.Status), q.Status, "Select whether the qualification is planned, in progress, completed or withdrawn");
        if (q.Status == QualificationStatus.Completed)
        {
            e.NotFuture(nameof(q.StartDate), q.StartDate, today, "The start date cannot be in the future for a completed qualification. Choose ‘Planned’ if it has not started");
        }

        if (q.CreditsNeeded is < 1 or > MaxCreditsNeeded)
        {
            e.Add(nameof(q.CreditsNeeded), $"Credits needed must be between 1 and {MaxCreditsNeeded.ToString("N0", CultureInfo.InvariantCulture)}, or left blank");
        }

        if (q.Modules.Count > MaxModules)
        {
            e.Add(nameof(q.Modules), $"A qualification can have up to {MaxModules} modules");
        }

        for (var i = 0; i < q.Modules.Count; i++)
        {
            foreach (var error in QualificationModule(q.Modules[i], today))
            {
                e.Add($"{nameof(q.Modules)}[{i}].{error.Field}", error.Message);
            }
        }

        return e;
    }

    /// <summary>One module or unit, keyed by its own property names (the module page's fields).</summary>
    public static IReadOnlyList<FieldError> QualificationModule(QualificationModule m, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(m);
        var e = new Errors();
        e.RequiredText(nameof(m.Title), m.Title, "Enter the name of the module or unit", MaxModuleTitle);
        if (m.Credits is < 0 or > MaxModuleCredits)
        {
            e.Add(nameof(m.Credits), $"Credits must be between 0 and {MaxModuleCredits}");
        }

        if (m.StartDate is { } start && m.EndDate is { } end && end < start)
        {
            e.Add(nameof(m.EndDate), "The end date must be the same as or after the start date");
        }

        if (m.ExamSittings.Count > MaxExamSittings)
        {
            e.Add(nameof(m.ExamSittings), $"A module can have up to {MaxExamSittings} exam sittings");
        }
        else if (m.ExamSittings.Any(d => d == DateOnly.MinValue))
        {
            e.Add(nameof(m.ExamSittings), "Enter a date for each exam sitting");
        }
        else if (m.ExamSittings.Distinct().Count() != m.ExamSittings.Count)
        {
            e.Add(nameof(m.ExamSittings), "Enter each exam sitting once");
        }

        e.Defined(nameof(m.Result), m.Result, "Select the result, or ‘Pending’ if there is none yet");
        if (m.Result is not (ModuleResult.Pending or ModuleResult.Exempt) && m.CompletedOn is { } done && done > today)
        {
            e.Add(nameof(m.Result), "A module finishing in the future cannot have a result yet: choose ‘Pending’, or correct the end date or exam date");
        }

        if (m.Mark is { } mark)
        {
            if (mark is < 0 or > 100)
            {
                e.Add(nameof(m.Mark), "Mark must be a percentage between 0 and 100, or left blank");
            }
            else if (!HasAtMostTwoDecimals(mark))
            {
                e.Add(nameof(m.Mark), "Mark can have up to 2 decimal places");
            }
            else if (m.Result == ModuleResult.Pending)
            {
                e.Add(nameof(m.Mark), "Select the result as well as the mark, or leave the mark blank");
            }
        }

        return e;
    }
}
