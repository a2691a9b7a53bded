namespace CpdLog.Web.Features.Records.PracticeHours;

public sealed record PracticeHoursDto : RecordDto
{
    /// <summary>The stable reference printed in portfolios, e.g. "A17" (never reused).</summary>
    public string Reference { get; init; } = "";

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public string Organisation { get; init; } = "";

    public string OrganisationAddress { get; init; } = "";

    public string WorkSetting { get; init; } = "";

    public string ScopeOfPractice { get; init; } = "";

    public string RegistrationType { get; init; } = "";

    public decimal Hours { get; init; }

    public string Description { get; init; } = "";
}
