namespace CpdLog.Web.Features.Records.Reflections;

/// <summary>The NMC reflective account form (four questions), usable for any body.</summary>
public sealed class ReflectionInput : RecordInput<ReflectiveAccount>
{
    public string? Title { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>Q1: the nature of the CPD activity, feedback, or event or experience.</summary>
    public string? Nature { get; set; }

    /// <summary>Q2: what you learned.</summary>
    public string? Learning { get; set; }

    /// <summary>Q3: how you changed or improved your practice.</summary>
    public string? ChangeInPractice { get; set; }

    /// <summary>Q4: how this is relevant to the Code.</summary>
    public string? CodeRelevance { get; set; }

    public List<CodeThemes>? CodeThemes { get; set; }

    /// <summary>Optional link to one of your CPD activities.</summary>
    public Guid? ActivityId { get; set; }

    /// <summary>Optional link to one of your feedback entries.</summary>
    public Guid? FeedbackId { get; set; }

    protected override void Apply(ReflectiveAccount entity)
    {
        entity.Title = Text(Title);
        entity.Date = Date ?? DateOnly.MinValue;
        entity.Nature = Text(Nature);
        entity.Learning = Text(Learning);
        entity.ChangeInPractice = Text(ChangeInPractice);
        entity.CodeRelevance = Text(CodeRelevance);
        entity.CodeThemes = CodeThemesExtensions.Combine(CodeThemes);
        entity.ActivityId = ActivityId;
        entity.FeedbackId = FeedbackId;
    }

    protected override IReadOnlyList<FieldError> Check(ReflectiveAccount draft, DateOnly today) => RecordValidation.Reflection(draft, today);

    public override async Task<IReadOnlyList<FieldError>> ValidateLinksAsync(CpdLogDbContext db, string ownerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var errors = new List<FieldError>();
        if (ActivityId is { } activityId && !await db.Activities.OwnedBy(ownerId).AnyAsync(a => a.Id == activityId, ct))
        {
            errors.Add(new(nameof(ActivityId), "Select one of your CPD activities, or none"));
        }

        if (FeedbackId is { } feedbackId && !await db.Feedback.OwnedBy(ownerId).AnyAsync(f => f.Id == feedbackId, ct))
        {
            errors.Add(new(nameof(FeedbackId), "Select one of your feedback entries, or none"));
        }

        return errors;
    }
}
