namespace CpdLog.Core.Funding;

/// <summary>
/// A personal development plan goal agreed at appraisal (the PDP that trust policies link study approval to).
/// Funding requests name the goal they serve, which closes the loop need → plan → funded activity → evidence.
/// </summary>
public sealed class PdpGoal : OwnedRecord
{
    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public DateOnly? TargetDate { get; set; }

    public PdpGoalStatus Status { get; set; } = PdpGoalStatus.Open;
}
