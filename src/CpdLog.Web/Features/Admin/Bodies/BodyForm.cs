namespace CpdLog.Web.Features.Admin.Bodies;

/// <summary>The Add and Edit form of a custom body.</summary>
public sealed class BodyForm
{
    [Display(Name = "Code")]
    public string Code { get; set; } = "";

    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Cycle length in months")]
    public int? CycleMonths { get; set; } = 12;

    [Display(Name = "What the member's date means")]
    public AnchorKind AnchorKind { get; set; } = AnchorKind.CycleStart;

    [Display(Name = "CPD hours per cycle")]
    public decimal? RequiredHours { get; set; }

    [Display(Name = "Participatory hours per cycle")]
    public decimal? RequiredParticipatoryHours { get; set; }

    [Display(Name = "Verifiable hours per cycle")]
    public decimal? RequiredVerifiableHours { get; set; }

    [Display(Name = "Reflections per cycle")]
    public int? RequiredReflections { get; set; }

    [Display(Name = "Pieces of feedback per cycle")]
    public int? RequiredFeedback { get; set; }

    [Display(Name = "Different types of activity per cycle")]
    public int? MinimumDistinctActivityTypes { get; set; }

    [Display(Name = "Source of these rules")]
    public string? Notes { get; set; }

    /// <summary>Edit only: the first cycle end the changed rules apply to.</summary>
    [Display(Name = "Apply the changed rules to cycles ending on or after")]
    public DateOnly? EffectiveFrom { get; set; }

    public static BodyForm From(CustomBodyDefinition b) => new()
    {
        Code = b.Code,
        Name = b.Name,
        CycleMonths = b.CycleMonths,
        AnchorKind = b.AnchorKind,
        RequiredHours = b.RequiredHours,
        RequiredParticipatoryHours = b.RequiredParticipatoryHours,
        RequiredVerifiableHours = b.RequiredVerifiableHours,
        RequiredReflections = b.RequiredReflections,
        RequiredFeedback = b.RequiredFeedback,
        MinimumDistinctActivityTypes = b.MinimumDistinctActivityTypes,
        Notes = b.Notes,
    };

    public CustomBodyRequest ToRequest() => new()
    {
        Code = Code,
        Name = Name,
        CycleMonths = CycleMonths,
        AnchorKind = AnchorKind,
        RequiredHours = RequiredHours,
        RequiredParticipatoryHours = RequiredParticipatoryHours,
        RequiredVerifiableHours = RequiredVerifiableHours,
        RequiredReflections = RequiredReflections,
        RequiredFeedback = RequiredFeedback,
        MinimumDistinctActivityTypes = MinimumDistinctActivityTypes,
        Notes = Notes,
        EffectiveFrom = EffectiveFrom,
    };
}
