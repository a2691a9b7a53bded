namespace CpdLog.Core.Funding;

/// <summary>Why someone leaves (or stops the study): the triggers and waivers of a learning agreement are sets of these.</summary>
[Flags]
public enum LeavingReason
{
    None = 0,
    Resignation = 1,
    Dismissal = 2,
    WithdrawalFromCourse = 4,
    FailureToComplete = 8,
    Redundancy = 16,
    MaternityRelated = 32,
    InternalTransfer = 64,
    Retirement = 128,
    IllHealth = 256,
}
