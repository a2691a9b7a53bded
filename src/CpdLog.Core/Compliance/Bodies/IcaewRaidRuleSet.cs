namespace CpdLog.Core.Compliance.Bodies;

/// <summary>
/// ICAEW output-based RAID scheme (Reflect, Act, Impact, Declare), for CPD years ending before 1 November 2023.
/// No hours: the member reflects on needs, acts, and declares annually.
/// </summary>
public sealed class IcaewRaidRuleSet : IBodyRuleSet
{
    // Source: Accountancy Age (2004); Mercia podcast — RAID, output-based, annual declaration (secondary sources).
    public const int RequiredActivities = 1;

    // Source: as above — "Reflect" and "Impact" are written up; one reflection a CPD year.
    public const int RequiredReflections = 1;

    private const string Source = "ICAEW RAID scheme (before 1 Nov 2023): Accountancy Age 2004; Mercia podcast (secondary sources)";

    public string Code => "ICAEW";

    public string Name => "Institute of Chartered Accountants in England and Wales";

    public string Version => "raid";

    public string AnchorLabel => "Membership start date (the CPD year is 1 November to 31 October)";

    public IReadOnlyList<BodyOption> Options { get; } = [];

    public CpdCycle GetCycle(DateOnly anchor, IReadOnlyDictionary<string, string> options, DateOnly asOf) => IcaewYear.Cycle(asOf);

    public ComplianceResult Evaluate(ComplianceInput input)
    {
        var (cycle, window, by) = JudgedCycle.Of(this, input);

        var requirements = new List<RequirementResult>
        {
            Rule.AtLeast("activity", "CPD activity (Act)", RequiredActivities, Evidence.Activities(input, window).Count, "activities",
                _ => "Log the CPD you did", by, Source),
            Rule.AtLeast("reflection", "Reflection on your development needs and impact (Reflect, Impact)", RequiredReflections,
                Evidence.Reflections(input, window).Count, "reflections", _ => "Write a reflection", by, Source),
        };

        return new ComplianceResult(Code, Version, cycle, requirements) { AsOf = input.AsOf };
    }
}
