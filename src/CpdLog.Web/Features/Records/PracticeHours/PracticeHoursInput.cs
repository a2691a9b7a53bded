namespace CpdLog.Web.Features.Records.PracticeHours;

/// <summary>A line of the NMC practice hours log.</summary>
public sealed class PracticeHoursInput : RecordInput<PracticeHoursEntry>
{
    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? Organisation { get; set; }

    public string? OrganisationAddress { get; set; }

    /// <summary>One of the NMC work settings (<see cref="NmcPracticeVocabulary.WorkSettings"/>).</summary>
    public string? WorkSetting { get; set; }

    /// <summary>One of the NMC scopes of practice (<see cref="NmcPracticeVocabulary.ScopesOfPractice"/>).</summary>
    public string? ScopeOfPractice { get; set; }

    /// <summary>Nurse, Midwife or Nursing associate.</summary>
    public string? RegistrationType { get; set; } = "Nurse";

    public decimal? Hours { get; set; }

    public string? Description { get; set; }

    protected override void Apply(PracticeHoursEntry entity)
    {
        entity.StartDate = StartDate ?? DateOnly.MinValue;
        entity.EndDate = EndDate ?? DateOnly.MinValue;
        entity.Organisation = Text(Organisation);
        entity.OrganisationAddress = Text(OrganisationAddress);
        entity.WorkSetting = Text(WorkSetting);
        entity.ScopeOfPractice = Text(ScopeOfPractice);
        entity.RegistrationType = Text(RegistrationType);
        entity.Hours = Hours ?? 0;
        entity.Description = Text(Description);
    }

    protected override IReadOnlyList<FieldError> Check(PracticeHoursEntry draft, DateOnly today) => RecordValidation.PracticeHours(draft, today);
}
