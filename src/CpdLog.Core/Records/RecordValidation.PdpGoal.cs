namespace CpdLog.Core.Records;

using CpdLog.Core.Funding;

public static partial class RecordValidation
{
    public const int MaxGoalTitle = 300;

    public const int MaxGoalDescription = 4000;

    /// <summary>A goal of the personal development plan. A target date in the past is allowed (goals are kept once met).</summary>
    public static IReadOnlyList<FieldError> PdpGoal(PdpGoal g)
    {
        ArgumentNullException.ThrowIfNull(g);
        var e = new Errors();
        e.RequiredText(nameof(g.Title), g.Title, "Enter the goal", MaxGoalTitle);
        e.MaxLength(nameof(g.Description), g.Description, MaxGoalDescription);
        e.Defined(nameof(g.Status), g.Status, "Select whether the goal is open, achieved or dropped");
        return e;
    }
}
