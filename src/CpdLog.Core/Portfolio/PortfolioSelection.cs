namespace CpdLog.Core.Portfolio;

/// <summary>
/// The records one portfolio includes: live (not in the bin), dated inside the period and no later than the
/// judgement date, private ones only when asked. The portfolio prints these and nothing else, and its requirements
/// summary is judged on these and nothing else, so every figure in it agrees with the logs it prints.
/// </summary>
public sealed record PortfolioSelection(
    IReadOnlyList<CpdActivity> Activities,
    IReadOnlyList<ReflectiveAccount> Reflections,
    IReadOnlyList<FeedbackEntry> Feedback,
    IReadOnlyList<PracticeHoursEntry> PracticeHours,
    IReadOnlyList<ReflectiveDiscussion> Discussions,
    IReadOnlyList<Confirmation> Confirmations,
    IReadOnlyList<Declaration> Declarations,
    IReadOnlyList<PrivateExclusion> ExcludedPrivate)
{
    /// <summary>How many private records were left out, all types together.</summary>
    public int ExcludedPrivateCount => ExcludedPrivate.Sum(e => e.Count);

    /// <summary>True when nothing at all falls in the period (the portfolio would be empty).</summary>
    public bool IsEmpty => Activities.Count + Reflections.Count + Feedback.Count + PracticeHours.Count
        + Discussions.Count + Confirmations.Count + Declarations.Count == 0;

    public static PortfolioSelection From(PortfolioInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var period = input.Period;
        var asOf = input.AsOf ?? DateOnly.MaxValue;
        var includePrivate = input.Options.IncludePrivateItems;
        var excluded = new List<PrivateExclusion>();

        // In the period and the bin test first; privacy last, so what privacy removed can be counted and said.
        List<T> Pick<T>(IEnumerable<T> records, Func<T, bool> inPeriod, string singular, string plural)
            where T : OwnedRecord
        {
            var candidates = records.Where(r => !r.IsDeleted && inPeriod(r)).ToList();
            var hidden = includePrivate ? 0 : candidates.Count(r => r.IsPrivate);
            if (hidden > 0)
            {
                excluded.Add(new PrivateExclusion(hidden, hidden == 1 ? singular : plural));
            }

            return includePrivate ? candidates : candidates.Where(r => !r.IsPrivate).ToList();
        }

        bool InPeriod(DateOnly date) => period.Contains(date) && date <= asOf;

        var activities = Pick(input.Activities, a => a.Status == ActivityStatus.Completed && InPeriod(a.EndDate), "CPD activity", "CPD activities");
        var reflections = Pick(input.Reflections, r => InPeriod(r.Date), "reflective account", "reflective accounts");
        var feedback = Pick(input.Feedback, f => InPeriod(f.Date), "piece of feedback", "pieces of feedback");

        // Practice hours are placed by their end date, as the rules place them.
        var practice = Pick(input.PracticeHours, p => InPeriod(p.EndDate), "practice hours entry", "practice hours entries");
        var discussions = Pick(input.Discussions, d => InPeriod(d.Date), "reflective discussion", "reflective discussions");
        var confirmations = Pick(input.Confirmations, c => InPeriod(c.Date), "confirmation", "confirmations");

        // Declarations are made at the end of a cycle, sometimes just after the period end; keep the latest of each kind.
        var declarations = Pick(input.Declarations, d => d.Date >= period.From && d.Date <= asOf, "declaration", "declarations")
            .GroupBy(d => d.Kind).Select(g => g.OrderByDescending(d => d.Date).First()).OrderBy(d => d.Kind).ToList();

        return new PortfolioSelection(activities, reflections, feedback, practice, discussions, confirmations, declarations, excluded);
    }

    /// <summary>"2 CPD activities and 1 reflective account".</summary>
    public string DescribeExcluded()
    {
        var parts = ExcludedPrivate.Select(e => $"{e.Count} {e.What}").ToList();
        return parts.Count <= 1 ? string.Concat(parts) : $"{string.Join(", ", parts[..^1])} and {parts[^1]}";
    }
}
