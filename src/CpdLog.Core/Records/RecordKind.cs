namespace CpdLog.Core.Records;

public enum RecordKind
{
    Activity = 0,
    Reflection = 1,
    Feedback = 2,
    PracticeHours = 3,
    Discussion = 4,
    Confirmation = 5,
    Declaration = 6,
    FundingRequest = 7,
    Qualification = 8,
}
