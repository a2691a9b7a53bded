namespace CpdLog.Web.Features.Records.GapExplanations;

/// <summary>An explanation of a stretch of time without CPD (always private: only its owner sees it).</summary>
public sealed class GapExplanationInput : RecordInput<GapExplanation>
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>Short reason, e.g. "Parental leave".</summary>
    public string? Reason { get; set; }

    public string? Details { get; set; }

    protected override void Apply(GapExplanation entity)
    {
        entity.From = From ?? DateOnly.MinValue;
        entity.To = To ?? DateOnly.MinValue;
        entity.Reason = Text(Reason);
        entity.Details = Text(Details);
        entity.IsPrivate = true; // never shared, whatever was sent
    }

    protected override IReadOnlyList<FieldError> Check(GapExplanation draft, DateOnly today) => RecordValidation.GapExplanation(draft, today);
}
