namespace CpdLog.Core.Compliance.Bodies;

/// <summary>
/// CIMA CPD: no hours or units, but the six-step CPD cycle at least once a year. The app recognises a completed
/// cycle as an activity with a reflective account linked to it. The CPD year starts on the anchor date.
/// </summary>
public sealed class CimaRuleSet : IBodyRuleSet
{
    // Source: cimaglobal.com CPD requirements; CIMA Regulations Part I 13–18 (1 Mar 2020) — the CPD cycle at least once a year.
    public const int RequiredCompletedCycles = 1;

    private const string Source = "CIMA: cimaglobal.com CPD requirements; Regulations Part I 13–18 (effective 1 March 2020)";

    public string Code => "CIMA";

    public string Name => "Chartered Institute of Management Accountants";

    public string Version => "2020-03";

    public string AnchorLabel => "Start of your CPD year (e.g. the day you became a member, or 1 January)";

    public IReadOnlyList<BodyOption> Options { get; } = [];

    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf) =>
        ReflectedActivityYear.Cycle(anchor, asOf);

    public ComplianceResult Evaluate(ComplianceInput input) =>
        ReflectedActivityYear.Evaluate(this, input, "cpd-cycle", "CPD cycle completed (an activity with a linked reflection)",
            RequiredCompletedCycles, "Complete the CPD cycle once: log an activity and write a reflection linked to it,", Source);
}
