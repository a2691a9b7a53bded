namespace CpdLog.Core.Funding;

public enum PdpGoalStatus
{
    Open = 0,
    Achieved = 1,
    Dropped = 2,
}
