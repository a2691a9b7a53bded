namespace CpdLog.Web.Features.Activities;

/// <summary>A CPD activity as the API returns it (and the CPD log lists it).</summary>
public sealed record ActivityDto : RecordDto
{
    /// <summary>The stable reference printed in portfolios, e.g. "A17" (never reused).</summary>
    public string Reference { get; init; } = "";

    public string Title { get; init; } = "";

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public decimal Hours { get; init; }

    public decimal ParticipatoryHours { get; init; }

    public CpdMethod Method { get; init; }

    public ActivityType ActivityType { get; init; }

    public ActivityStatus Status { get; init; }

    public string Description { get; init; } = "";

    public string RelevanceToPractice { get; init; } = "";

    public string LearningOutcomes { get; init; } = "";

    public IReadOnlyList<CodeThemes> CodeThemes { get; init; } = [];

    public string Standards { get; init; } = "";

    public bool IsVerifiable { get; init; }

    public bool IsEthics { get; init; }

    public string Tags { get; init; } = "";

    public Guid? FundingRequestId { get; init; }
}
