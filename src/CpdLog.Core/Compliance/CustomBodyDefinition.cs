namespace CpdLog.Core.Compliance;

using System.Text.RegularExpressions;

/// <summary>
/// A professional body an Admin defines when the catalogue lacks it (e.g. "X-ILM"). Thresholds of null or 0 mean
/// "no requirement". Turn it into a rule set with <see cref="BodyCatalogue.ForCustom"/>.
/// </summary>
/// <remarks>
/// Its rules are versioned like a catalogue body's: an edit keeps the rules it replaces in
/// <see cref="EarlierVersions"/> and applies from <see cref="EffectiveFrom"/>, so a cycle that ended before then is
/// still judged by the rules in force for it (<see cref="ForCycleEnding"/>). The name is not versioned.
/// </remarks>
public sealed partial class CustomBodyDefinition
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Short code, e.g. "X-ILM"; must not clash with a catalogue body's code (an "X-" prefix guarantees that).</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public int CycleMonths { get; set; } = 12;

    public AnchorKind AnchorKind { get; set; } = AnchorKind.CycleStart;

    public decimal? RequiredHours { get; set; }

    public decimal? RequiredParticipatoryHours { get; set; }

    public decimal? RequiredVerifiableHours { get; set; }

    public int? RequiredReflections { get; set; }

    public int? RequiredFeedback { get; set; }

    public int? MinimumDistinctActivityTypes { get; set; }

    /// <summary>Where the rules come from (shown as the source of every requirement).</summary>
    public string Notes { get; set; } = "";

    /// <summary>Bumped on every edit; becomes the rule version "custom-v{Version}".</summary>
    public int Version { get; set; } = 1;

    /// <summary>The first cycle end these rules apply to (<see cref="DateOnly.MinValue"/>: every cycle).</summary>
    public DateOnly EffectiveFrom { get; set; } = DateOnly.MinValue;

    /// <summary>The rules this definition had before each edit, oldest first.</summary>
    public List<CustomBodyRules> EarlierVersions { get; set; } = [];

    /// <summary>The current rules as a version record.</summary>
    public CustomBodyRules CurrentRules => new(
        Version, EffectiveFrom, CycleMonths, AnchorKind, RequiredHours, RequiredParticipatoryHours, RequiredVerifiableHours,
        RequiredReflections, RequiredFeedback, MinimumDistinctActivityTypes, Notes);

    /// <summary>
    /// A copy of this definition with the rules for a cycle ending on <paramref name="cycleEnd"/>: of the versions in
    /// force by then, the latest made (so a correction made later, applying from an earlier date, wins); before any
    /// version's date, the first version.
    /// </summary>
    public CustomBodyDefinition ForCycleEnding(DateOnly cycleEnd)
    {
        var all = EarlierVersions.Append(CurrentRules).ToList();
        var rules = all.Where(r => r.EffectiveFrom <= cycleEnd).MaxBy(r => r.Version) ?? all.MinBy(r => r.Version)!;
        return new CustomBodyDefinition
        {
            Id = Id,
            Code = Code,
            Name = Name,
            CreatedAt = CreatedAt,
            Version = rules.Version,
            EffectiveFrom = rules.EffectiveFrom,
            CycleMonths = rules.CycleMonths,
            AnchorKind = rules.AnchorKind,
            RequiredHours = rules.RequiredHours,
            RequiredParticipatoryHours = rules.RequiredParticipatoryHours,
            RequiredVerifiableHours = rules.RequiredVerifiableHours,
            RequiredReflections = rules.RequiredReflections,
            RequiredFeedback = rules.RequiredFeedback,
            MinimumDistinctActivityTypes = rules.MinimumDistinctActivityTypes,
            Notes = rules.Notes,
        };
    }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Problems an Admin must fix before saving; empty when the definition is usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!CodePattern().IsMatch(Code))
        {
            errors.Add("Code must be 2 to 20 letters, digits or hyphens, e.g. \"X-ILM\".");
        }
        else if (BodyCatalogue.Find(Code) is not null)
        {
            errors.Add($"Code \"{Code}\" is already used by a built-in body; try \"X-{Code}\".");
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add("Name is required.");
        }

        if (CycleMonths is < 1 or > 120)
        {
            errors.Add("Cycle length must be between 1 and 120 months.");
        }

        if (RequiredHours < 0 || RequiredParticipatoryHours < 0 || RequiredVerifiableHours < 0 ||
            RequiredReflections < 0 || RequiredFeedback < 0 || MinimumDistinctActivityTypes < 0)
        {
            errors.Add("Thresholds cannot be negative.");
        }

        if (MinimumDistinctActivityTypes > Enum.GetValues<Records.ActivityType>().Length)
        {
            errors.Add("There are only 5 activity types.");
        }

        if (RequiredHours is > 0 && (RequiredParticipatoryHours > RequiredHours || RequiredVerifiableHours > RequiredHours))
        {
            errors.Add("Participatory or verifiable hours cannot exceed the total hours.");
        }

        return errors;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{1,19}$")]
    private static partial Regex CodePattern();
}
