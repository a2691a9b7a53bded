namespace CpdLog.Core.Records;

public enum ActivityStatus
{
    Planned = 0,
    Completed = 1,
}
