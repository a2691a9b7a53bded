namespace CpdLog.Core.Compliance.Progress;

/// <summary>
/// The dates a progress chart spans: the cycle, its deadline, and the last day on which records count (the NMC stops
/// counting on the application date or the day the application was submitted; every other body at the cycle end).
/// </summary>
public sealed record ProgressWindow(DateOnly Start, DateOnly End, DateOnly Deadline, DateOnly LastCountingDay)
{
    /// <summary>The share of the time from the cycle start to the deadline that has passed on <paramref name="date"/>, from 0 to 1.</summary>
    public decimal ElapsedFraction(DateOnly date)
    {
        var total = Deadline.DayNumber - Start.DayNumber;
        if (total <= 0)
        {
            return date >= Deadline ? 1m : 0m;
        }

        var elapsed = Math.Clamp(date.DayNumber - Start.DayNumber, 0, total);
        return (decimal)elapsed / total;
    }
}

/// <summary>What a series adds up.</summary>
public enum ProgressMeasure
{
    /// <summary>Hours (or units, credits) of completed CPD activities, by end date.</summary>
    ActivityHours = 0,

    /// <summary>Participatory hours of completed activities, each capped at the activity's hours.</summary>
    ParticipatoryHours = 1,

    /// <summary>Hours of completed activities marked verifiable.</summary>
    VerifiableHours = 2,

    /// <summary>Practice hours, by end date.</summary>
    PracticeHours = 3,

    /// <summary>Written reflections (reflective accounts), one each.</summary>
    Reflections = 4,

    /// <summary>Pieces of feedback, one each.</summary>
    Feedback = 5,
}

/// <summary>One requirement to chart: what it adds up and how much is required by the deadline.</summary>
public sealed record ProgressTarget(string Code, string Title, string Unit, decimal Required, ProgressMeasure Measure, bool Advisory = false);

/// <summary>The running total after the records of <paramref name="Date"/>.</summary>
public sealed record ProgressPoint(DateOnly Date, decimal Value);

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

/// <summary>
/// One row of the figures table: the running total achieved by <paramref name="Date"/> (null for a date still to come)
/// and the pace, what should have been done by then to finish on time (required × elapsed fraction, one decimal).
/// </summary>
public sealed record ProgressRow(DateOnly Date, ProgressRowKind Kind, decimal? Achieved, decimal Pace);

/// <summary>One requirement's progress over the cycle.</summary>
public sealed record ProgressSeries(
    ProgressTarget Target,
    IReadOnlyList<ProgressPoint> Steps,
    IReadOnlyList<ProgressRow> Rows,
    decimal Achieved,
    decimal PaceToday)
{
    public string Code => Target.Code;

    public string Title => Target.Title;

    public decimal Required => Target.Required;

    /// <summary>Achieved is at least the pace for today (or the whole amount is done).</summary>
    public bool OnPace => Achieved >= PaceToday || Achieved >= Required;
}
