namespace CpdLog.Core.Records;

/// <summary>A period of practice (NMC practice hours log fields).</summary>
public sealed class PracticeHoursEntry : OwnedRecord, IReferencedRecord
{
    /// <inheritdoc />
    public int Number { get; set; }

    /// <summary>The stable reference printed in portfolios, e.g. "A3" for an activity.</summary>
    public string Reference => RecordReferences.Of(this);

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public string Organisation { get; set; } = "";

    public string OrganisationAddress { get; set; } = "";

    public string WorkSetting { get; set; } = "";

    public string ScopeOfPractice { get; set; } = "";

    /// <summary>Which registration the hours were practised under: "Nurse", "Midwife", "Nursing associate".</summary>
    public string RegistrationType { get; set; } = "Nurse";

    public decimal Hours { get; set; }

    public string Description { get; set; } = "";
}
