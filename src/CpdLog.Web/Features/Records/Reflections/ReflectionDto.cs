namespace CpdLog.Web.Features.Records.Reflections;

public sealed record ReflectionDto : RecordDto
{
    /// <summary>The stable reference printed in portfolios, e.g. "A17" (never reused).</summary>
    public string Reference { get; init; } = "";

    public string Title { get; init; } = "";

    public DateOnly Date { get; init; }

    public string Nature { get; init; } = "";

    public string Learning { get; init; } = "";

    public string ChangeInPractice { get; init; } = "";

    public string CodeRelevance { get; init; } = "";

    public IReadOnlyList<CodeThemes> CodeThemes { get; init; } = [];

    public Guid? ActivityId { get; init; }

    public Guid? FeedbackId { get; init; }
}
