namespace CpdLog.Web.Features.Records.Feedback;

public sealed record FeedbackDto : RecordDto
{
    /// <summary>The stable reference printed in portfolios, e.g. "A17" (never reused).</summary>
    public string Reference { get; init; } = "";

    public DateOnly Date { get; init; }

    public FeedbackSource Source { get; init; }

    public string Type { get; init; } = "";

    public string Summary { get; init; } = "";

    public string HowUsed { get; init; } = "";
}
