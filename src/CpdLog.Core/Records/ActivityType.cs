namespace CpdLog.Core.Records;

/// <summary>The five CPD activity categories used by HCPC and the Science Council.</summary>
public enum ActivityType
{
    WorkBasedLearning = 0,
    ProfessionalActivity = 1,
    FormalEducational = 2,
    SelfDirectedLearning = 3,
    Other = 4,
}
