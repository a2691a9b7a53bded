namespace CpdLog.Core.Funding;

using CpdLog.Core.Records;

public enum PdpGoalStatus
{
    Open = 0,
    Achieved = 1,
    Dropped = 2,
}
