namespace CpdLog.Core.Compliance;

/// <summary>
/// Which records count. The same test applies to every body: the record is live (not in the bin), dated inside the
/// window and no later than the judgement date. Activities must also be Completed; planned ones never count.
/// </summary>
internal static class Evidence
{
    public static IReadOnlyList<CpdActivity> Activities(ComplianceInput input, Period window) =>
        input.Activities
            .Where(a => a.Status == ActivityStatus.Completed && Counts(a, a.EndDate, window, input.AsOf))
            .ToList();

    public static IReadOnlyList<ReflectiveAccount> Reflections(ComplianceInput input, Period window) =>
        input.Reflections.Where(r => Counts(r, r.Date, window, input.AsOf)).ToList();

    public static IReadOnlyList<FeedbackEntry> Feedback(ComplianceInput input, Period window) =>
        input.Feedback.Where(f => Counts(f, f.Date, window, input.AsOf)).ToList();

    public static IReadOnlyList<PracticeHoursEntry> PracticeHours(ComplianceInput input, Period window) =>
        input.PracticeHours.Where(p => Counts(p, p.EndDate, window, input.AsOf)).ToList();

    public static IReadOnlyList<ReflectiveDiscussion> Discussions(ComplianceInput input, Period window) =>
        input.Discussions.Where(d => Counts(d, d.Date, window, input.AsOf)).ToList();

    public static IReadOnlyList<Confirmation> Confirmations(ComplianceInput input, Period window) =>
        input.Confirmations.Where(c => Counts(c, c.Date, window, input.AsOf)).ToList();

    public static IReadOnlyList<Declaration> Declarations(ComplianceInput input, Period window, DeclarationKind kind) =>
        input.Declarations.Where(d => d.Kind == kind && Counts(d, d.Date, window, input.AsOf)).ToList();

    /// <summary>Participatory hours can never exceed the activity's hours, whatever was typed.</summary>
    public static decimal ParticipatoryHours(CpdActivity activity) =>
        Math.Max(0m, Math.Min(activity.ParticipatoryHours, activity.Hours));

    /// <summary>Activities that have a live reflective account linked to them, written in the window.</summary>
    public static IReadOnlyList<CpdActivity> WithReflection(ComplianceInput input, Period window)
    {
        var reflectedIds = Reflections(input, window)
            .Where(r => r.ActivityId is not null)
            .Select(r => r.ActivityId!.Value)
            .ToHashSet();
        return Activities(input, window).Where(a => reflectedIds.Contains(a.Id)).ToList();
    }

    /// <summary>True when the activity's comma- or semicolon-separated tags contain any of <paramref name="tags"/>.</summary>
    public static bool HasTag(CpdActivity activity, params string[] tags) =>
        activity.Tags
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(t => tags.Contains(t, StringComparer.OrdinalIgnoreCase));

    private static bool Counts(OwnedRecord record, DateOnly date, Period window, DateOnly asOf) =>
        !record.IsDeleted && window.Contains(date) && date <= asOf;
}
