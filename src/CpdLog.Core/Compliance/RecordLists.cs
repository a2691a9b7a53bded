namespace CpdLog.Core.Compliance;

/// <summary>
/// The registrant's records that a judgement (<see cref="ComplianceInput"/>) or a portfolio
/// (<see cref="Portfolio.PortfolioInput"/>) reads, one list per record type.
/// </summary>
public abstract record RecordLists
{
    public IReadOnlyList<CpdActivity> Activities { get; init; } = [];

    public IReadOnlyList<ReflectiveAccount> Reflections { get; init; } = [];

    public IReadOnlyList<FeedbackEntry> Feedback { get; init; } = [];

    public IReadOnlyList<PracticeHoursEntry> PracticeHours { get; init; } = [];

    public IReadOnlyList<ReflectiveDiscussion> Discussions { get; init; } = [];

    public IReadOnlyList<Confirmation> Confirmations { get; init; } = [];

    public IReadOnlyList<Declaration> Declarations { get; init; } = [];

    /// <summary>
    /// The registrant's explanations of gaps in their record (private to them; see <see cref="ContinuousRecord"/>). A
    /// portfolio prints them only in the HCPC profile (the registrant's own submission to the HCPC), beside the gaps
    /// they explain; never in other templates.
    /// </summary>
    public IReadOnlyList<GapExplanation> GapExplanations { get; init; } = [];
}
