namespace CpdLog.Web.Features.Records.Qualifications;

public sealed record QualificationDto : RecordDto
{
    public string Title { get; init; } = "";

    public string AwardingBody { get; init; } = "";

    public string Level { get; init; } = "";

    public DateOnly StartDate { get; init; }

    public DateOnly ExpectedCompletionDate { get; init; }

    public QualificationStatus Status { get; init; }

    /// <summary>True when the expected completion date has passed and the qualification is neither completed nor withdrawn.</summary>
    public bool IsOverdue { get; init; }

    public int? CreditsNeeded { get; init; }

    /// <summary>Credits achieved of credits needed and modules passed of modules (the same figures as the pages).</summary>
    public QualificationProgress Progress { get; init; } = new(0, 0, 0, 0);

    /// <summary>Modules in order: earliest start first (undated last), then title.</summary>
    public List<QualificationModuleDto> Modules { get; init; } = [];

    public List<Guid> FundingRequestIds { get; init; } = [];

    public List<Guid> AgreementIds { get; init; } = [];
}
