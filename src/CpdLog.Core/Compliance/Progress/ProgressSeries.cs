namespace CpdLog.Core.Compliance.Progress;

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
