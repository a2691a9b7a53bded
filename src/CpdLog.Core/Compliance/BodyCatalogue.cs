namespace CpdLog.Core.Compliance;

using CpdLog.Core.Compliance.Bodies;

/// <summary>
/// The built-in professional bodies and their rule versions. A body may have several versions, each in force for
/// cycles ending on or after its effective-from date; an old cycle is judged by the rules in force then.
/// </summary>
public static class BodyCatalogue
{
    private static readonly IReadOnlyList<RuleSetVersion> Versions =
    [
        new(new NmcRuleSet(), DateOnly.MinValue),
        new(new HcpcRuleSet(), DateOnly.MinValue),
        new(new GmcRuleSet(), DateOnly.MinValue),
        new(new CipdRuleSet(), DateOnly.MinValue),
        new(new AccaRuleSet(), DateOnly.MinValue),
        new(new CimaRuleSet(), DateOnly.MinValue),

        // Source: icaew.com "The 2023 CPD requirements explained" — input-based rules from 1 November 2023.
        new(new IcaewRaidRuleSet(), DateOnly.MinValue),
        new(new Icaew2023RuleSet(), new DateOnly(2023, 11, 1)),
        new(new CipfaRuleSet(), DateOnly.MinValue),
        new(new CmiRuleSet(), DateOnly.MinValue),
        new(new ScienceCouncilRuleSet(), DateOnly.MinValue),
    ];

    // Other names users and seed data may use for the same body.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CSCI"] = "SCIENCE-COUNCIL",
        ["RSCI"] = "SCIENCE-COUNCIL",
        ["SC"] = "SCIENCE-COUNCIL",
        ["SCIENCECOUNCIL"] = "SCIENCE-COUNCIL",
    };

    /// <summary>The current (latest) version of every built-in body, in display order.</summary>
    public static IReadOnlyList<IBodyRuleSet> All { get; } =
        Versions.GroupBy(v => v.RuleSet.Code).Select(g => g.MaxBy(v => v.EffectiveFrom)!.RuleSet).ToList();

    /// <summary>Every version of every body with its effective-from date, oldest first within a body.</summary>
    public static IReadOnlyList<RuleSetVersion> AllVersions => Versions;

    /// <summary>The current version of the body with this code (case-insensitive), or null if unknown.</summary>
    public static IBodyRuleSet? Find(string code) => VersionsOf(code) is { Count: > 0 } versions ? versions[^1].RuleSet : null;

    /// <summary>
    /// The version in force for a cycle ending on <paramref name="cycleEnd"/>: the latest whose effective-from date
    /// is on or before it. A cycle older than every version gets the oldest one.
    /// </summary>
    public static IBodyRuleSet? Find(string code, DateOnly cycleEnd)
    {
        var versions = VersionsOf(code);
        return (versions.LastOrDefault(v => v.EffectiveFrom <= cycleEnd) ?? (versions.Count > 0 ? versions[0] : null))?.RuleSet;
    }

    /// <summary>A specific version (e.g. one pinned on a registration), or null if the body or version is unknown.</summary>
    public static IBodyRuleSet? FindVersion(string code, string version) =>
        VersionsOf(code).FirstOrDefault(v => string.Equals(v.RuleSet.Version, version, StringComparison.OrdinalIgnoreCase))?.RuleSet;

    /// <summary>The versions of one body, oldest first; empty when the code is unknown.</summary>
    public static IReadOnlyList<RuleSetVersion> VersionsOf(string code)
    {
        var canonical = Aliases.GetValueOrDefault(code.Trim(), code.Trim());
        return Versions
            .Where(v => string.Equals(v.RuleSet.Code, canonical, StringComparison.OrdinalIgnoreCase))
            .OrderBy(v => v.EffectiveFrom)
            .ToList();
    }

    /// <summary>
    /// The rule set to judge a registration on <paramref name="asOf"/>: the pinned version when it exists, otherwise
    /// the version in force for the cycle containing <paramref name="asOf"/>. Null when the code is unknown.
    /// </summary>
    public static IBodyRuleSet? Resolve(
        string code,
        DateOnly anchor,
        IReadOnlyDictionary<string, string> options,
        DateOnly asOf,
        string? pinnedVersion = null)
    {
        if (pinnedVersion is not null && FindVersion(code, pinnedVersion) is { } pinned)
        {
            return pinned;
        }

        var cycle = Find(code)?.GetCycle(anchor, options, asOf);
        return cycle is null ? null : Find(code, cycle.End);
    }

    /// <summary>A rule set for a body an Admin defined. The definition is copied, so later edits do not affect it.</summary>
    public static IBodyRuleSet ForCustom(CustomBodyDefinition definition) => new CustomBodyRuleSet(definition);
}
