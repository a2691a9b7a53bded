namespace CpdLog.Core.Funding;

public enum StudyMode
{
    Classroom = 0,
    Online = 1,
    Blended = 2,
    Conference = 3,
    Examination = 4,
    WorkBased = 5,
}
