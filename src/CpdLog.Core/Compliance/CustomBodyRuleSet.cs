namespace CpdLog.Core.Compliance;

/// <summary>
/// Rules from a <see cref="CustomBodyDefinition"/>. The definition is copied on creation so later edits to the
/// entity never change a rule set already in use (an edit bumps the version instead).
/// </summary>
public sealed class CustomBodyRuleSet : IBodyRuleSet
{
    private readonly int _cycleMonths;
    private readonly AnchorKind _anchorKind;
    private readonly decimal _hours;
    private readonly decimal _participatory;
    private readonly decimal _verifiable;
    private readonly int _reflections;
    private readonly int _feedback;
    private readonly int _types;
    private readonly string _source;

    public CustomBodyRuleSet(CustomBodyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Code = definition.Code;
        Name = definition.Name;
        Version = "custom-v" + definition.Version.ToString(CultureInfo.InvariantCulture);
        _cycleMonths = definition.CycleMonths > 0 ? definition.CycleMonths : 12;
        _anchorKind = definition.AnchorKind;
        _hours = Math.Max(0m, definition.RequiredHours ?? 0m);
        _participatory = Math.Max(0m, definition.RequiredParticipatoryHours ?? 0m);
        _verifiable = Math.Max(0m, definition.RequiredVerifiableHours ?? 0m);
        _reflections = Math.Max(0, definition.RequiredReflections ?? 0);
        _feedback = Math.Max(0, definition.RequiredFeedback ?? 0);
        _types = Math.Max(0, definition.MinimumDistinctActivityTypes ?? 0);
        _source = string.IsNullOrWhiteSpace(definition.Notes)
            ? $"{definition.Name}: rules entered by an administrator ({Version})"
            : $"{definition.Name}: {definition.Notes.Trim()} ({Version})";
    }

    public string Code { get; }

    public string Name { get; }

    public string Version { get; }

    public string AnchorLabel => _anchorKind == AnchorKind.RenewalDate ? "Renewal date" : "Start of your CPD cycle";

    public IReadOnlyList<BodyOption> Options { get; } = [];

    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf)
    {
        var period = _anchorKind == AnchorKind.RenewalDate
            ? CycleMath.EndingOnAnniversary(anchor, _cycleMonths, asOf)
            : CycleMath.StartingOnAnniversary(anchor, _cycleMonths, asOf);
        return period.ToCycle();
    }

    public ComplianceResult Evaluate(ComplianceInput input)
    {
        var cycle = GetCycle(input.AnchorDate, input.Options, input.AsOf);
        var window = new Period(cycle.Start, cycle.End);
        var by = Wording.Before(cycle.Deadline, input.AsOf);
        var activities = Evidence.Activities(input, window);
        var requirements = new List<RequirementResult>();

        if (_hours > 0)
        {
            requirements.Add(Rule.AtLeast("cpd-hours", "CPD hours", _hours, activities.Sum(a => a.Hours), "hours",
                n => $"Log {Wording.Count(n, "more CPD hour")}", by, _source));
        }

        if (_participatory > 0)
        {
            requirements.Add(Rule.AtLeast("participatory-hours", "Participatory CPD hours", _participatory,
                activities.Sum(Evidence.ParticipatoryHours), "hours",
                n => $"Log {Wording.Count(n, "more participatory hour")}", by, _source));
        }

        if (_verifiable > 0)
        {
            requirements.Add(Rule.AtLeast("verifiable-hours", "Verifiable CPD hours", _verifiable,
                activities.Where(a => a.IsVerifiable).Sum(a => a.Hours), "hours",
                n => $"Log {Wording.Count(n, "more verifiable hour")}", by, _source));
        }

        if (_reflections > 0)
        {
            requirements.Add(Rule.AtLeast("reflections", "Reflections", _reflections, Evidence.Reflections(input, window).Count,
                "reflections", n => $"Write {Wording.Count(n, "more reflection")}", by, _source));
        }

        if (_feedback > 0)
        {
            requirements.Add(Rule.AtLeast("feedback", "Feedback", _feedback, Evidence.Feedback(input, window).Count, "pieces",
                n => $"Record {Wording.Count(n, "more piece", "more pieces")} of feedback", by, _source));
        }

        if (_types > 0)
        {
            requirements.Add(Rule.AtLeast("activity-types", "Different types of CPD activity", _types,
                activities.Select(a => a.ActivityType).Distinct().Count(), "types",
                n => $"Log {Wording.Count(n, "activity", "activities")} of a type you have not used yet", by, _source));
        }

        return new ComplianceResult(Code, Version, cycle, requirements) { AsOf = input.AsOf };
    }
}
