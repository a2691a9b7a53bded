namespace CpdLog.Core.Compliance.Progress;

/// <summary>Why a row of the figures table is there.</summary>
public enum ProgressRowKind
{
    /// <summary>The end of one of the equal steps the cycle is cut into (a month, a quarter, half a year or a year).</summary>
    Checkpoint = 0,

    /// <summary>The judgement date.</summary>
    Today = 1,

    /// <summary>The deadline (still to come when <see cref="ProgressRow.Achieved"/> is null).</summary>
    Deadline = 2,
}
