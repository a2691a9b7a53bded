namespace CpdLog.Web.Features.Plan;

/// <summary>A goal of the personal development plan, from the Plan pages or <c>/api/v1/pdp-goals</c>.</summary>
public sealed class PdpGoalInput : RecordInput<PdpGoal>
{
    public string? Title { get; set; }

    /// <summary>What success looks like.</summary>
    public string? Description { get; set; }

    public DateOnly? TargetDate { get; set; }

    /// <summary>Open (the default), achieved or dropped.</summary>
    public PdpGoalStatus? Status { get; set; } = PdpGoalStatus.Open;

    protected override void Apply(PdpGoal entity)
    {
        entity.Title = Text(Title);
        entity.Description = Text(Description);
        entity.TargetDate = TargetDate;
        entity.Status = Choice(Status);
    }

    protected override IReadOnlyList<FieldError> Check(PdpGoal draft, DateOnly today) => RecordValidation.PdpGoal(draft);
}
