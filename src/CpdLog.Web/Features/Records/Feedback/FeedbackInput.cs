namespace CpdLog.Web.Features.Records.Feedback;

/// <summary>Practice-related feedback: source, date, summary and how it was used (nothing that identifies anyone).</summary>
public sealed class FeedbackInput : RecordInput<FeedbackEntry>
{
    public DateOnly? Date { get; set; }

    public FeedbackSource? Source { get; set; }

    /// <summary>Written or verbal, formal or informal.</summary>
    public string? Type { get; set; }

    public string? Summary { get; set; }

    public string? HowUsed { get; set; }

    protected override void Apply(FeedbackEntry entity)
    {
        entity.Date = Date ?? DateOnly.MinValue;
        entity.Source = Choice(Source);
        entity.Type = Text(Type);
        entity.Summary = Text(Summary);
        entity.HowUsed = Text(HowUsed);
    }

    protected override IReadOnlyList<FieldError> Check(FeedbackEntry draft, DateOnly today) => RecordValidation.Feedback(draft, today);
}
