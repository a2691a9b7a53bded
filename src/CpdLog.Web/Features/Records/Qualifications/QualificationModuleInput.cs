namespace CpdLog.Web.Features.Records.Qualifications;

/// <summary>
/// A module or unit as the module page's form or the API's <c>modules</c> array sends it. With an <see cref="Id"/> of
/// one of the qualification's modules it changes that module; otherwise it is a new module (a new id).
/// </summary>
public sealed class QualificationModuleInput
{
    public Guid? Id { get; set; }

    public string? Title { get; set; }

    public int? Credits { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>Dates of the exam or assessment sittings (a resit is another date).</summary>
    public List<DateOnly?>? ExamSittings { get; set; }

    /// <summary>Pending, Pass, Merit, Distinction, Fail or Exempt; default Pending.</summary>
    public ModuleResult? Result { get; set; }

    /// <summary>The mark as a percentage (optional).</summary>
    public decimal? Mark { get; set; }

    /// <summary>Writes every field (a missing credits value becomes -1, which the rules report; a missing date in the sittings becomes an error too).</summary>
    public void ApplyTo(QualificationModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        module.Title = Title?.Trim() ?? "";
        module.Credits = Credits ?? -1;
        module.StartDate = StartDate;
        module.EndDate = EndDate;
        module.ExamSittings = [.. (ExamSittings ?? []).Select(d => d ?? DateOnly.MinValue).Order()];
        module.Result = Result ?? ModuleResult.Pending;
        module.Mark = Mark;
    }

    /// <summary>The rules' messages for this module alone, judged on a scratch module.</summary>
    public IReadOnlyList<FieldError> Validate(DateOnly today)
    {
        var draft = new QualificationModule();
        ApplyTo(draft);
        return RecordValidation.QualificationModule(draft, today);
    }
}
