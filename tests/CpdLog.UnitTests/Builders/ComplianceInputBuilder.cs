namespace CpdLog.UnitTests.Builders;

using CpdLog.Core.Compliance;
using CpdLog.Core.Records;

/// <summary>
/// Defaults: anchored on 31 March 2027 and judged on 15 January 2027, with no records and no options. For NMC that
/// is the cycle 1 April 2024 – 31 March 2027 with the application due on 1 March 2027.
/// </summary>
public sealed class ComplianceInputBuilder
{
    private readonly Dictionary<string, string> _options = [];
    private readonly List<CpdActivity> _activities = [];
    private readonly List<ReflectiveAccount> _reflections = [];
    private readonly List<FeedbackEntry> _feedback = [];
    private readonly List<PracticeHoursEntry> _practiceHours = [];
    private readonly List<ReflectiveDiscussion> _discussions = [];
    private readonly List<Confirmation> _confirmations = [];
    private readonly List<Declaration> _declarations = [];
    private readonly List<GapExplanation> _gapExplanations = [];
    private bool _beforeCorrections;
    private DateOnly _anchor = new(2027, 3, 31);
    private DateOnly _asOf = new(2027, 1, 15);

    public ComplianceInputBuilder AnchoredOn(DateOnly anchor)
    {
        _anchor = anchor;
        return this;
    }

    public ComplianceInputBuilder AnchoredOn(int year, int month, int day) => AnchoredOn(new DateOnly(year, month, day));

    public ComplianceInputBuilder AsOf(DateOnly asOf)
    {
        _asOf = asOf;
        return this;
    }

    public ComplianceInputBuilder AsOf(int year, int month, int day) => AsOf(new DateOnly(year, month, day));

    public ComplianceInputBuilder WithOption(string key, string value)
    {
        _options[key] = value;
        return this;
    }

    public ComplianceInputBuilder With(params CpdActivity[] activities) => Add(_activities, activities);

    public ComplianceInputBuilder With(params ReflectiveAccount[] reflections) => Add(_reflections, reflections);

    public ComplianceInputBuilder With(params FeedbackEntry[] feedback) => Add(_feedback, feedback);

    public ComplianceInputBuilder With(params PracticeHoursEntry[] entries) => Add(_practiceHours, entries);

    public ComplianceInputBuilder With(params ReflectiveDiscussion[] discussions) => Add(_discussions, discussions);

    public ComplianceInputBuilder With(params Confirmation[] confirmations) => Add(_confirmations, confirmations);

    public ComplianceInputBuilder With(params Declaration[] declarations) => Add(_declarations, declarations);

    /// <summary><paramref name="count"/> copies of one record, each a fresh entity (own Id).</summary>
    public ComplianceInputBuilder WithMany(int count, Func<ActivityBuilder> activity) =>
        Add(_activities, Enumerable.Range(0, count).Select(_ => activity().Build()));

    public ComplianceInputBuilder WithMany(int count, Func<ReflectionBuilder> reflection) =>
        Add(_reflections, Enumerable.Range(0, count).Select(_ => reflection().Build()));

    public ComplianceInputBuilder WithMany(int count, Func<FeedbackBuilder> feedback) =>
        Add(_feedback, Enumerable.Range(0, count).Select(_ => feedback().Build()));

    public ComplianceInput Build() => new()
    {
        AnchorDate = _anchor,
        AsOf = _asOf,
        Options = new Dictionary<string, string>(_options),
        Activities = [.. _activities],
        Reflections = [.. _reflections],
        Feedback = [.. _feedback],
        PracticeHours = [.. _practiceHours],
        Discussions = [.. _discussions],
        Confirmations = [.. _confirmations],
        Declarations = [.. _declarations],
        GapExplanations = [.. _gapExplanations],
        BeforeCorrections = _beforeCorrections,
    };

    public ComplianceInputBuilder With(params GapExplanation[] explanations) => Add(_gapExplanations, explanations);

    /// <summary>Judge as the rule set did before its corrections.</summary>
    public ComplianceInputBuilder BeforeCorrections()
    {
        _beforeCorrections = true;
        return this;
    }

    public static implicit operator ComplianceInput(ComplianceInputBuilder builder) => builder.Build();

    private ComplianceInputBuilder Add<T>(List<T> list, IEnumerable<T> items)
    {
        list.AddRange(items);
        return this;
    }
}
