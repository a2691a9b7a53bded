namespace CpdLog.Web.Features.Records.Qualifications;

/// <summary>
/// "Log as CPD" for a passed module: one completed CPD activity per module, remembered on the module, so doing it
/// twice (or two requests at once) never makes a second activity.
/// </summary>
public static class ModuleCpdLog
{
    /// <summary>About 10 notional hours of learning per UK credit; capped by the activity's own rules (24 a day, 1,000).</summary>
    public const int NotionalHoursPerCredit = 10;

    /// <summary>The date the activity is logged on: the module's end date, else its latest exam sitting.</summary>
    public static DateOnly? DateOf(QualificationModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return module.CompletedOn;
    }

    /// <summary>The hours the confirm page suggests: the module's notional learning hours, within what an activity over its dates may have.</summary>
    public static decimal SuggestedHours(QualificationModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var end = DateOf(module);
        var start = module.StartDate is { } s && end is { } e && s <= e ? s : end;
        var days = start is { } a && end is { } b ? b.DayNumber - a.DayNumber + 1 : 1;
        var notional = module.Credits > 0 ? module.Credits * NotionalHoursPerCredit : 7.5m;
        return Math.Min(Math.Min(notional, 24m * days), RecordValidation.MaxActivityHours);
    }

    /// <summary>The activity the module becomes (not yet saved), for <paramref name="hours"/>.</summary>
    public static CpdActivity NewActivity(string ownerId, Qualification qualification, QualificationModule module, decimal hours, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(qualification);
        ArgumentNullException.ThrowIfNull(module);
        var end = DateOf(module) ?? DateOnly.MinValue;
        var title = $"{module.Title} ({qualification.Title})";
        var mark = module.Mark is { } m ? $" with a mark of {UkFormat.Number(m)}%" : "";
        var level = qualification.Level.Length > 0 ? ", " + qualification.Level : "";
        return new CpdActivity
        {
            OwnerId = ownerId,
            Title = title.Length <= 300 ? title : title[..299] + "…",
            StartDate = module.StartDate is { } start && start <= end ? start : end,
            EndDate = end,
            Hours = hours,
            Method = CpdMethod.FormalQualification,
            ActivityType = ActivityType.FormalEducational,
            Status = ActivityStatus.Completed,
            Description = $"{module.Title}: a module of {qualification.Title} ({qualification.AwardingBody}{level}), {UkFormat.Count(module.Credits, "credit", "credits")}. "
                + $"Result: {DisplayNames.Of(module.Result).ToLowerInvariant()}{mark}.",
            IsVerifiable = true,
            Tags = "qualification",
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>
    /// Saves <paramref name="activity"/> and links it to the module in one transaction; when the module was linked
    /// meanwhile (a second click), nothing is saved and the existing activity's id is returned (null when the module
    /// was removed meanwhile).
    /// </summary>
    public static async Task<(Guid? ActivityId, bool Created)> SaveAsync(CpdLogDbContext db, QualificationModule module, CpdActivity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(activity);
        if (module.CpdActivityId is { } already)
        {
            return (already, false);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Set<QualificationModule>()
            .Where(m => m.Id == module.Id && m.CpdActivityId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CpdActivityId, activity.Id), ct);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(ct);
            var existing = await db.Set<QualificationModule>().AsNoTracking().Where(m => m.Id == module.Id).Select(m => m.CpdActivityId).SingleOrDefaultAsync(ct);
            return (existing, false); // null: the module was removed meanwhile
        }

        db.Activities.Add(activity);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        module.CpdActivityId = activity.Id;
        db.Entry(module).Property(m => m.CpdActivityId).IsModified = false;
        return (activity.Id, true);
    }
}
