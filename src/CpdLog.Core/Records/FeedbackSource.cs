namespace CpdLog.Core.Records;

public enum FeedbackSource
{
    Patient = 0,
    Colleague = 1,
    Manager = 2,
    Appraisal = 3,
    TeamPerformanceReport = 4,
    Student = 5,
    ComplaintOrCompliment = 6,
    Other = 7,
}
