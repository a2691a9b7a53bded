namespace CpdLog.Web.Features.Activities;

/// <summary>A CPD activity as entered on the Add/Edit pages or sent to <c>POST|PUT /api/v1/activities</c>.</summary>
public sealed class ActivityInput : RecordInput<CpdActivity>
{
    public string? Title { get; set; }

    /// <summary>Declared in the order of the form's fields, which the error summary follows.</summary>
    public ActivityStatus? Status { get; set; } = ActivityStatus.Completed;

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public decimal? Hours { get; set; }

    public decimal? ParticipatoryHours { get; set; }

    public CpdMethod? Method { get; set; }

    public ActivityType? ActivityType { get; set; }

    public string? Description { get; set; }

    public string? RelevanceToPractice { get; set; }

    public string? LearningOutcomes { get; set; }

    public List<CodeThemes>? CodeThemes { get; set; }

    public string? Standards { get; set; }

    public bool IsVerifiable { get; set; }

    public bool IsEthics { get; set; }

    /// <summary>Comma-separated, e.g. "finance, leadership".</summary>
    public string? Tags { get; set; }

    protected override void Apply(CpdActivity entity)
    {
        entity.Title = Text(Title);
        entity.StartDate = StartDate ?? DateOnly.MinValue;
        entity.EndDate = EndDate ?? DateOnly.MinValue;
        entity.Hours = Hours ?? 0;
        entity.ParticipatoryHours = ParticipatoryHours ?? 0;
        entity.Method = Choice(Method);
        entity.ActivityType = Choice(ActivityType);
        entity.Status = Choice(Status);
        entity.Description = Text(Description);
        entity.RelevanceToPractice = Text(RelevanceToPractice);
        entity.LearningOutcomes = Text(LearningOutcomes);
        entity.CodeThemes = CodeThemesExtensions.Combine(CodeThemes);
        entity.Standards = Text(Standards);
        entity.IsVerifiable = IsVerifiable;
        entity.IsEthics = IsEthics;
        entity.Tags = NormaliseTags(Tags);
    }

    protected override IReadOnlyList<FieldError> Check(CpdActivity draft, DateOnly today) => RecordValidation.Activity(draft, today);

    /// <summary>"Finance,  leadership ,finance" → "Finance, leadership".</summary>
    public static string NormaliseTags(string? tags) => string.Join(", ", (tags ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase));
}
