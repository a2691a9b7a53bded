namespace CpdLog.Core.Portfolio;

/// <summary>
/// The records that go into one portfolio (<see cref="PortfolioSelection"/>), in date order, each with its stable
/// reference (A17, R3, F2, P1, RD1, C1, D2, E5: <see cref="RecordReferences"/>), used in the first column of every
/// log and for cross-referencing. The same record has the same reference in every portfolio.
/// </summary>
internal sealed class RecordSet
{
    private readonly Dictionary<(RecordKind Kind, Guid Id), string> _labels = [];
    private readonly Dictionary<(RecordKind Kind, Guid Id), List<string>> _evidenceRefs = [];

    private RecordSet(PortfolioSelection selection) => Selection = selection;

    public PortfolioSelection Selection { get; }

    public List<(string Ref, CpdActivity Activity)> Activities { get; } = [];

    public List<(string Ref, ReflectiveAccount Account)> Reflections { get; } = [];

    public List<(string Ref, FeedbackEntry Entry)> Feedback { get; } = [];

    public List<(string Ref, PracticeHoursEntry Entry)> PracticeHours { get; } = [];

    public List<(string Ref, ReflectiveDiscussion Discussion)> Discussions { get; } = [];

    public List<(string Ref, Confirmation Confirmation)> Confirmations { get; } = [];

    public List<(string Ref, Declaration Declaration)> Declarations { get; } = [];

    public List<(string Ref, EvidenceFile File, string LinkedTo)> Evidence { get; } = [];

    public static RecordSet From(PortfolioInput input)
    {
        var selection = PortfolioSelection.From(input);
        var set = new RecordSet(selection);

        foreach (var (reference, a) in Numbered(selection.Activities
                     .OrderBy(a => a.StartDate).ThenBy(a => a.EndDate).ThenBy(a => a.Title, StringComparer.Ordinal)))
        {
            set.Activities.Add((reference, a));
            set._labels[(RecordKind.Activity, a.Id)] = $"{reference} {a.Title}";
        }

        foreach (var (reference, f) in Numbered(selection.Feedback.OrderBy(f => f.Date)))
        {
            set.Feedback.Add((reference, f));
            set._labels[(RecordKind.Feedback, f.Id)] = $"{reference} Feedback, {PortfolioBuilder.FormatDate(f.Date)}";
        }

        foreach (var (reference, r) in Numbered(selection.Reflections.OrderBy(r => r.Date)))
        {
            set.Reflections.Add((reference, r));
            set._labels[(RecordKind.Reflection, r.Id)] = $"{reference} {r.Title}";
        }

        foreach (var (reference, p) in Numbered(selection.PracticeHours.OrderByDescending(p => p.EndDate).ThenByDescending(p => p.StartDate)))
        {
            set.PracticeHours.Add((reference, p));
            set._labels[(RecordKind.PracticeHours, p.Id)] = $"{reference} {p.Organisation}";
        }

        foreach (var (reference, d) in Numbered(selection.Discussions.OrderBy(d => d.Date)))
        {
            set.Discussions.Add((reference, d));
            set._labels[(RecordKind.Discussion, d.Id)] = $"{reference} Reflective discussion, {PortfolioBuilder.FormatDate(d.Date)}";
        }

        foreach (var (reference, c) in Numbered(selection.Confirmations.OrderBy(c => c.Date)))
        {
            set.Confirmations.Add((reference, c));
            set._labels[(RecordKind.Confirmation, c.Id)] = $"{reference} Confirmation, {PortfolioBuilder.FormatDate(c.Date)}";
        }

        foreach (var (reference, d) in Numbered(selection.Declarations))
        {
            set.Declarations.Add((reference, d));
            set._labels[(RecordKind.Declaration, d.Id)] =
                $"{reference} {(d.Kind == DeclarationKind.Indemnity ? "Indemnity declaration" : "Health and character declaration")}";
        }

        // Evidence follows the order of the records it supports; its reference is its own, stable one.
        var order = set._labels.Keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var includePrivate = input.Options.IncludePrivateItems;
        foreach (var (reference, e) in Numbered(input.Evidence
                     .Where(e => !e.IsDeleted && (includePrivate || !e.IsPrivate) && order.ContainsKey((e.RecordKind, e.RecordId)))
                     .OrderBy(e => order[(e.RecordKind, e.RecordId)]).ThenBy(e => e.FileName, StringComparer.Ordinal)))
        {
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

    /// <summary>
    /// Each record with its stable reference. A record that was never saved (a unit test or a benchmark builds them
    /// in memory) has no number yet: those are numbered in document order after the highest saved number.
    /// </summary>
    private static IEnumerable<(string Ref, T Record)> Numbered<T>(IEnumerable<T> records)
        where T : OwnedRecord, IReferencedRecord
    {
        var list = records.ToList();
        var next = list.Count == 0 ? 0 : list.Max(r => r.Number);
        var prefix = RecordReferences.PrefixFor(typeof(T));
        foreach (var record in list)
        {
            yield return (record.Number > 0 ? RecordReferences.Of(record) : $"{prefix}{++next}", record);
        }
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
