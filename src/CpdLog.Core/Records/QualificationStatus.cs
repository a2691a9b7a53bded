namespace CpdLog.Core.Records;

/// <summary>Where a qualification stands.</summary>
public enum QualificationStatus
{
    Planned = 0,
    InProgress = 1,
    Completed = 2,
    Withdrawn = 3,
}
