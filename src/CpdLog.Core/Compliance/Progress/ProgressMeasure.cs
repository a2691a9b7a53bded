namespace CpdLog.Core.Compliance.Progress;

/// <summary>What a series adds up.</summary>
public enum ProgressMeasure
{
    /// <summary>Hours (or units, credits) of completed CPD activities, by end date.</summary>
    ActivityHours = 0,

    /// <summary>Participatory hours of completed activities, each capped at the activity's hours.</summary>
    ParticipatoryHours = 1,

    /// <summary>Hours of completed activities marked verifiable.</summary>
    VerifiableHours = 2,

    /// <summary>Practice hours, by end date.</summary>
    PracticeHours = 3,

    /// <summary>Written reflections (reflective accounts), one each.</summary>
    Reflections = 4,

    /// <summary>Pieces of feedback, one each.</summary>
    Feedback = 5,
}
