namespace CpdLog.Web.Features.Plan;

/// <summary>A goal of the personal development plan as the API returns it.</summary>
public sealed record PdpGoalDto : RecordDto
{
    public string Title { get; init; } = "";

    /// <summary>What success looks like.</summary>
    public string Description { get; init; } = "";

    public DateOnly? TargetDate { get; init; }

    public PdpGoalStatus Status { get; init; }
}
