namespace CpdLog.Core.Records;

/// <summary>A CPD activity: one entry of the CPD log. One activity counts toward every registration whose cycle it falls in.</summary>
public sealed class CpdActivity : OwnedRecord, IReferencedRecord
{
    /// <inheritdoc />
    public int Number { get; set; }

    /// <summary>The stable reference printed in portfolios, e.g. "A3" for an activity.</summary>
    public string Reference => RecordReferences.Of(this);

    public string Title { get; set; } = "";

    public DateOnly StartDate { get; set; }

    /// <summary>The date the activity finished; the date used to place it in a cycle.</summary>
    public DateOnly EndDate { get; set; }

    public decimal Hours { get; set; }

    /// <summary>Hours spent interacting with other professionals (NMC "participatory"). Never more than <see cref="Hours"/>.</summary>
    public decimal ParticipatoryHours { get; set; }

    /// <summary>How the learning happened, e.g. "Course attendance", "Independent learning" (NMC CPD method).</summary>
    public CpdMethod Method { get; set; } = CpdMethod.CourseAttendance;

    /// <summary>HCPC / Science Council activity category.</summary>
    public ActivityType ActivityType { get; set; } = ActivityType.FormalEducational;

    public ActivityStatus Status { get; set; } = ActivityStatus.Completed;

    /// <summary>Description of the topic.</summary>
    public string Description { get; set; } = "";

    /// <summary>How the topic relates to the user's practice (NMC CPD record item 2).</summary>
    public string RelevanceToPractice { get; set; } = "";

    public string LearningOutcomes { get; set; } = "";

    /// <summary>The parts of the NMC Code most relevant to the activity.</summary>
    public CodeThemes CodeThemes { get; set; }

    /// <summary>Free text for other bodies' standards or competencies (e.g. "CIPD Profession Map: Analytics").</summary>
    public string Standards { get; set; } = "";

    /// <summary>Verifiable CPD (ACCA/ICAEW): relevant, provably learned, evidenced.</summary>
    public bool IsVerifiable { get; set; }

    /// <summary>Whether the activity covers ethics (ICAEW requires at least one verifiable ethics hour a year).</summary>
    public bool IsEthics { get; set; }

    /// <summary>Comma-separated tags.</summary>
    public string Tags { get; set; } = "";

    /// <summary>Set when the activity was created from an approved funding request.</summary>
    public Guid? FundingRequestId { get; set; }
}
