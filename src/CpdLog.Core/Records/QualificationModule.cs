namespace CpdLog.Core.Records;

/// <summary>
/// A module or unit of a <see cref="Qualification"/>: stored in its own table, owned by the qualification (deleted
/// with it), never reached except through its owner's qualification.
/// </summary>
public sealed class QualificationModule
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid QualificationId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Credits the module carries (UK credit: about 10 notional hours of learning each); 0 for an uncredited unit.</summary>
    public int Credits { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>The dates the exam or assessment was (or will be) sat, earliest first; more than one for a resit.</summary>
    public List<DateOnly> ExamSittings { get; set; } = [];

    public ModuleResult Result { get; set; } = ModuleResult.Pending;

    /// <summary>The mark, as a percentage, where the awarding body gives one.</summary>
    public decimal? Mark { get; set; }

    /// <summary>The CPD activity this module was logged as (one per module: logging it again shows this one).</summary>
    public Guid? CpdActivityId { get; set; }

    public bool IsPassed => Result is ModuleResult.Pass or ModuleResult.Merit or ModuleResult.Distinction or ModuleResult.Exempt;

    /// <summary>The date the module was finished: its end date, else its latest exam sitting; null when it has neither.</summary>
    public DateOnly? CompletedOn => EndDate ?? (ExamSittings.Count > 0 ? ExamSittings.Max() : null);
}
