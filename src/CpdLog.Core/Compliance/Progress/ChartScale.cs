namespace CpdLog.Core.Compliance.Progress;

/// <summary>The vertical scale of a progress chart, shared by the page's SVG and the portfolio's drawing.</summary>
public static class ChartScale
{
    /// <summary>The top of the axis for a series: 10% above the larger of required and achieved, rounded up to 1, 2, 2.5 or 5 × 10ⁿ.</summary>
    public static decimal Top(ProgressSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return NiceCeiling(Math.Max(series.Required, series.Achieved) * 1.1m);
    }

    /// <summary>The smallest of 1, 2, 2.5, 5 and 10 × a power of ten that is at least <paramref name="value"/> (1 at least).</summary>
    public static decimal NiceCeiling(decimal value)
    {
        if (value <= 1m)
        {
            return 1m;
        }

        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)value)));
        foreach (var f in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (f * magnitude >= value)
            {
                return f * magnitude;
            }
        }

        return 10m * magnitude;
    }
}
