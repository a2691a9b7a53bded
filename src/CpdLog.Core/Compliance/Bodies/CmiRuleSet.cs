namespace CpdLog.Core.Compliance.Bodies;

/// <summary>
/// CMI (Chartered Managers): no hours; keep a CPD record showing the reflect–plan–act–evaluate cycle, available for
/// the annual sample. Advisory only. The CPD year starts on the anchor date.
/// </summary>
public sealed class CmiRuleSet : IBodyRuleSet
{
    // Source: managers.org.uk CPD policy — no points or hours; records evidence the cycle; annual CMgr sample.
    public const int AdvisoryReflectedActivities = 1;

    private const string Source = "CMI: managers.org.uk CPD policy and CPD FAQs (no hours; evidenced cycle; annual CMgr sample)";

    public string Code => "CMI";

    public string Name => "Chartered Management Institute";

    public string Version => "v1";

    public string AnchorLabel => "Start of your CPD year (e.g. the day you became a member)";

    public IReadOnlyList<BodyOption> Options { get; } = [];

    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf) =>
        ReflectedActivityYear.Cycle(anchor, asOf);

    public ComplianceResult Evaluate(ComplianceInput input) =>
        ReflectedActivityYear.Evaluate(this, input, "cpd-record", "CPD record with reflection", AdvisoryReflectedActivities,
            "Consider logging an activity with a linked reflection", Source, RequirementSeverity.Advisory);
}
