namespace CpdLog.Core.Portfolio;

using CpdLog.Core.Records;

/// <summary>
/// The records that go into one portfolio: live (not in the bin), inside the period, private ones only when asked,
/// in date order, each with a short reference (A1, R1, F1, P1, E1...) used for cross-referencing.
/// </summary>
internal sealed class RecordSet
{
    private readonly Dictionary<(RecordKind Kind, Guid Id), string> _labels = [];
    private readonly Dictionary<(RecordKind Kind, Guid Id), List<string>> _evidenceRefs = [];
    private readonly Dictionary<Guid, string> _activityRefs = [];
    private readonly Dictionary<Guid, string> _feedbackRefs = [];

    public List<(string Ref, CpdActivity Activity)> Activities { get; } = [];

    public List<(string Ref, ReflectiveAccount Account)> Reflections { get; } = [];

    public List<(string Ref, FeedbackEntry Entry)> Feedback { get; } = [];

    public List<(string Ref, PracticeHoursEntry Entry)> PracticeHours { get; } = [];

    public List<ReflectiveDiscussion> Discussions { get; } = [];

    public List<Confirmation> Confirmations { get; } = [];

    public List<Declaration> Declarations { get; } = [];

    public List<(string Ref, EvidenceFile File, string LinkedTo)> Evidence { get; } = [];

    public static RecordSet From(PortfolioInput input)
    {
        var period = input.Period;
        var includePrivate = input.Options.IncludePrivateItems;
        bool Keep(OwnedRecord r) => !r.IsDeleted && (includePrivate || !r.IsPrivate);

        var set = new RecordSet();
        var n = 0;
        foreach (var a in input.Activities
                     .Where(a => Keep(a) && a.Status == ActivityStatus.Completed && period.Contains(a.EndDate))
                     .OrderBy(a => a.StartDate).ThenBy(a => a.EndDate).ThenBy(a => a.Title, StringComparer.Ordinal))
        {
            var reference = $"A{++n}";
            set.Activities.Add((reference, a));
            set._activityRefs[a.Id] = reference;
            set._labels[(RecordKind.Activity, a.Id)] = $"{reference} {a.Title}";
        }

        n = 0;
        foreach (var f in input.Feedback.Where(f => Keep(f) && period.Contains(f.Date)).OrderBy(f => f.Date))
        {
            var reference = $"F{++n}";
            set.Feedback.Add((reference, f));
            set._feedbackRefs[f.Id] = reference;
            set._labels[(RecordKind.Feedback, f.Id)] = $"{reference} Feedback, {PortfolioBuilder.FormatDate(f.Date)}";
        }

        n = 0;
        foreach (var r in input.Reflections.Where(r => Keep(r) && period.Contains(r.Date)).OrderBy(r => r.Date))
        {
            var reference = $"R{++n}";
            set.Reflections.Add((reference, r));
            set._labels[(RecordKind.Reflection, r.Id)] = $"{reference} {r.Title}";
        }

        n = 0;
        foreach (var p in input.PracticeHours.Where(p => Keep(p) && period.Overlaps(p.StartDate, p.EndDate))
                     .OrderByDescending(p => p.EndDate).ThenByDescending(p => p.StartDate))
        {
            var reference = $"P{++n}";
            set.PracticeHours.Add((reference, p));
            set._labels[(RecordKind.PracticeHours, p.Id)] = $"{reference} {p.Organisation}";
        }

        set.Discussions.AddRange(input.Discussions.Where(d => Keep(d) && period.Contains(d.Date)).OrderBy(d => d.Date));
        set.Confirmations.AddRange(input.Confirmations.Where(c => Keep(c) && period.Contains(c.Date)).OrderBy(c => c.Date));

        // Declarations are made at the end of a cycle, sometimes just after the period end; keep the latest of each kind.
        set.Declarations.AddRange(input.Declarations.Where(d => Keep(d) && d.Date >= period.From)
            .GroupBy(d => d.Kind).Select(g => g.OrderByDescending(d => d.Date).First()).OrderBy(d => d.Kind));

        foreach (var d in set.Discussions)
        {
            set._labels[(RecordKind.Discussion, d.Id)] = $"Reflective discussion, {PortfolioBuilder.FormatDate(d.Date)}";
        }

        foreach (var c in set.Confirmations)
        {
            set._labels[(RecordKind.Confirmation, c.Id)] = $"Confirmation, {PortfolioBuilder.FormatDate(c.Date)}";
        }

        foreach (var d in set.Declarations)
        {
            set._labels[(RecordKind.Declaration, d.Id)] = d.Kind == DeclarationKind.Indemnity ? "Indemnity declaration" : "Health and character declaration";
        }

        // Evidence follows the order of the records it supports, so E-numbers read in document order.
        var order = set._labels.Keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        n = 0;
        foreach (var e in input.Evidence
                     .Where(e => Keep(e) && order.ContainsKey((e.RecordKind, e.RecordId)))
                     .OrderBy(e => order[(e.RecordKind, e.RecordId)]).ThenBy(e => e.FileName, StringComparer.Ordinal))
        {
            var reference = $"E{++n}";
            var key = (e.RecordKind, e.RecordId);
            set.Evidence.Add((reference, e, set._labels[key]));
            if (!set._evidenceRefs.TryGetValue(key, out var refs))
            {
                set._evidenceRefs[key] = refs = [];
            }

            refs.Add(reference);
        }

        return set;
    }

    public string EvidenceRefs(RecordKind kind, Guid id) =>
        _evidenceRefs.TryGetValue((kind, id), out var refs) ? string.Join(", ", refs) : "";

    /// <summary>"A3 Safeguarding level 3; F2 Feedback, 1 Mar 2025" for the activity and feedback a reflection is about.</summary>
    public string DescribeLinks(ReflectiveAccount account)
    {
        var parts = new List<string>();
        if (account.ActivityId is { } a && _labels.TryGetValue((RecordKind.Activity, a), out var activity))
        {
            parts.Add(activity);
        }

        if (account.FeedbackId is { } f && _labels.TryGetValue((RecordKind.Feedback, f), out var feedback))
        {
            parts.Add(feedback);
        }

        return string.Join("; ", parts);
    }
}
