namespace CpdLog.Core.Compliance;

using CpdLog.Core.Records;

/// <summary>Everything a rule set needs to judge one registration: pure data, no I/O.</summary>
public sealed record ComplianceInput
{
    public required DateOnly AnchorDate { get; init; }

    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>The date the judgement is made ("today" at the edge, or an explicit asOf).</summary>
    public required DateOnly AsOf { get; init; }

    public IReadOnlyList<CpdActivity> Activities { get; init; } = [];

    public IReadOnlyList<ReflectiveAccount> Reflections { get; init; } = [];

    public IReadOnlyList<FeedbackEntry> Feedback { get; init; } = [];

    public IReadOnlyList<PracticeHoursEntry> PracticeHours { get; init; } = [];

    public IReadOnlyList<ReflectiveDiscussion> Discussions { get; init; } = [];

    public IReadOnlyList<Confirmation> Confirmations { get; init; } = [];

    public IReadOnlyList<Declaration> Declarations { get; init; } = [];

    /// <summary>The registrant's explanations of gaps in their record (private to them; see <see cref="ContinuousRecord"/>).</summary>
    public IReadOnlyList<GapExplanation> GapExplanations { get; init; } = [];

    /// <summary>
    /// Judge as the rule set did before its <see cref="IBodyRuleSet.Corrections"/>: used only to tell the user that a
    /// result changed because a rule was corrected (<see cref="RuleCorrections.Changes"/>).
    /// </summary>
    public bool BeforeCorrections { get; init; }
}
