namespace CpdLog.Core.Records;

/// <summary>A written reflective account on the NMC four-question form; usable for any body.</summary>
public sealed class ReflectiveAccount : OwnedRecord, IReferencedRecord
{
    /// <inheritdoc />
    public int Number { get; set; }

    /// <summary>The stable reference printed in portfolios, e.g. "A3" for an activity.</summary>
    public string Reference => RecordReferences.Of(this);

    public string Title { get; set; } = "";

    public DateOnly Date { get; set; }

    /// <summary>Q1: What was the nature of the CPD activity and/or practice-related feedback and/or event or experience?</summary>
    public string Nature { get; set; } = "";

    /// <summary>Q2: What did you learn?</summary>
    public string Learning { get; set; } = "";

    /// <summary>Q3: How did you change or improve your practice as a result?</summary>
    public string ChangeInPractice { get; set; } = "";

    /// <summary>Q4: How is this relevant to the Code?</summary>
    public string CodeRelevance { get; set; } = "";

    public CodeThemes CodeThemes { get; set; }

    public Guid? ActivityId { get; set; }

    public Guid? FeedbackId { get; set; }
}
