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

/// <summary>A CPD cycle: the window items must fall in, and when the application is due.</summary>
public sealed record CpdCycle(DateOnly Start, DateOnly End, DateOnly Deadline)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Days from <paramref name="asOf"/> to <see cref="Deadline"/>; negative once the deadline has passed.</summary>
    public int DaysLeft(DateOnly asOf) => Deadline.DayNumber - asOf.DayNumber;
}

public enum RequirementSeverity
{
    /// <summary>A failure means the registration is not ready.</summary>
    Required = 0,

    /// <summary>Advisory: a shortfall is a warning, never a failure.</summary>
    Advisory = 1,
}

/// <summary>One requirement judged: stable kebab-case <paramref name="Code"/>, required vs achieved.</summary>
public sealed record RequirementResult(
    string Code,
    string Title,
    decimal Required,
    decimal Achieved,
    string Unit,
    bool Met,
    RequirementSeverity Severity,
    string NextStep,
    string Source)
{
    /// <summary>
    /// The first day the item can be done, when later than the cycle start (NMC confirmation: the final 12 months; a
    /// CIPFA year not started). Before it the item is "not-due" (<see cref="StatusScale"/>). Null: the cycle start.
    /// </summary>
    public DateOnly? OpensOn { get; init; }

    /// <summary>The last day the item can be done, when not the cycle deadline (a GMC appraisal year). Null: the deadline.</summary>
    public DateOnly? DueBy { get; init; }

    /// <summary>How the amount grows, for the pace rule; <see cref="RequirementMeasure.Auto"/> goes by <see cref="Unit"/>.</summary>
    public RequirementMeasure Measure { get; init; }

    /// <summary>Time-blind: "met", "warning" or "not-met" meaning "not met yet". Use <see cref="ComplianceResult.StatusOf"/>.</summary>
    [Obsolete("Time-blind (\"not-met\" here means \"not met yet\"). Use ComplianceResult.StatusOf(requirement) or StatusScale.Of(requirement, cycle, today): one status scale everywhere (issue 14).")]
    public string Status => Met ? "met" : Severity == RequirementSeverity.Advisory ? "warning" : "not-met";
}

/// <summary>The judgement of one registration's current cycle.</summary>
public sealed record ComplianceResult(
    string Body,
    string RuleVersion,
    CpdCycle Cycle,
    IReadOnlyList<RequirementResult> Requirements)
{
    /// <summary>Met when every required (non-advisory) requirement is met.</summary>
    public bool Met => Requirements.All(r => r.Met || r.Severity == RequirementSeverity.Advisory);

    public bool HasWarnings => Requirements.Any(r => !r.Met && r.Severity == RequirementSeverity.Advisory);

    /// <summary>The date the judgement was made; set by every rule set in the catalogue.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Days from <see cref="AsOf"/> to the cycle deadline (negative when overdue); null when AsOf is unknown.</summary>
    public int? DaysLeft => AsOf is { } asOf ? Cycle.DaysLeft(asOf) : null;

    /// <summary>The judgement date, or the deadline when a rule set did not say (every built-in one does).</summary>
    private DateOnly Today => AsOf ?? Cycle.Deadline;

    /// <summary>Gaps of three months or more in the record (HCPC continuous record); empty for other bodies.</summary>
    public IReadOnlyList<CpdGap> Gaps { get; init; } = [];

    /// <summary>The registration's status on the scale, judged on <see cref="AsOf"/> (see <see cref="StatusScale"/>).</summary>
    public ComplianceStatus Status => StatusScale.Of(this, Today);

    /// <summary>One requirement's status on the scale, judged on <see cref="AsOf"/>.</summary>
    public ComplianceStatus StatusOf(RequirementResult requirement) => StatusScale.Of(requirement, Cycle, Today);

    /// <summary>The requirement's value at its deadline at the current pace, from <see cref="AsOf"/>.</summary>
    public decimal ProjectedOf(RequirementResult requirement) => StatusScale.Projected(requirement, Cycle, Today);

    /// <summary>The requirement with this code (case-insensitive), or null when the rule set has no such requirement.</summary>
    public RequirementResult? Find(string code) =>
        Requirements.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Describes a body option the user sets on a registration (e.g. NMC dual registration).</summary>
/// <param name="Choices">The allowed values; empty for free input in <paramref name="Format"/>.</param>
public sealed record BodyOption(string Key, string Label, IReadOnlyList<string> Choices, string Default, string Hint, BodyOptionFormat Format = BodyOptionFormat.Text)
{
    /// <summary>
    /// Null when <paramref name="value"/> (trimmed, not blank) is acceptable, else what is wrong with it, in words the
    /// user can act on. Choices are matched case-insensitively; dates are ISO 8601 (YYYY-MM-DD) and must exist.
    /// </summary>
    public string? Check(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Choices.Count > 0)
        {
            return Choices.Any(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase))
                ? null
                : $"{Label}: choose one of {string.Join(", ", Choices)}";
        }

        return Format switch
        {
            BodyOptionFormat.Date when !DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
                => $"{Label}: enter a real date as YYYY-MM-DD, like 2025-09-01",
            _ => null,
        };
    }
}

/// <summary>What kind of value a free-input body option takes.</summary>
public enum BodyOptionFormat
{
    Text = 0,

    /// <summary>An ISO 8601 calendar date, YYYY-MM-DD.</summary>
    Date = 1,
}

/// <summary>
/// A versioned rule set for one professional body. Implementations are pure: the same input gives the same result.
/// </summary>
public interface IBodyRuleSet
{
    /// <summary>Stable body code, e.g. "NMC".</summary>
    string Code { get; }

    string Name { get; }

    /// <summary>Rule version, e.g. "2024-01"; an old cycle is judged by the rules in force then.</summary>
    string Version { get; }

    /// <summary>What the anchor date means for this body (shown on the registration form).</summary>
    string AnchorLabel { get; }

    IReadOnlyList<BodyOption> Options { get; }

    /// <summary>The cycle containing <paramref name="asOf"/> for a registration anchored on <paramref name="anchor"/>.</summary>
    CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf);

    ComplianceResult Evaluate(ComplianceInput input);

    /// <summary>Corrections made to this version in place (every cycle re-judged); see docs/requirement-codes.md.</summary>
    IReadOnlyList<RuleCorrection> Corrections => [];

    /// <summary>The hint under the anchor date on the registration form.</summary>
    string AnchorHint => "For example, 31 March 2027.";

    /// <summary>Null when <paramref name="anchor"/> is acceptable for this body, else what to enter instead.</summary>
    string? CheckAnchor(DateOnly anchor) => null;

    /// <summary>The last day of <paramref name="cycle"/> on which records count (the cycle end unless a body stops earlier).</summary>
    DateOnly LastCountingDay(CpdCycle cycle, IReadOnlyDictionary<string, string> options) => cycle.End;
}
