namespace CpdLog.Core.Records;

/// <summary>Practice-related feedback, recorded without identifying anyone.</summary>
public sealed class FeedbackEntry : OwnedRecord, IReferencedRecord
{
    /// <inheritdoc />
    public int Number { get; set; }

    /// <summary>The stable reference printed in portfolios, e.g. "A3" for an activity.</summary>
    public string Reference => RecordReferences.Of(this);

    public DateOnly Date { get; set; }

    public FeedbackSource Source { get; set; }

    /// <summary>Written or verbal, formal or informal.</summary>
    public string Type { get; set; } = "";

    public string Summary { get; set; } = "";

    public string HowUsed { get; set; } = "";
}
