namespace CpdLog.Benchmarks;

/// <summary>Wall times in milliseconds: the first (cold) run and the warm runs after it.</summary>
public sealed record ScenarioResult(string Name, double ColdMs, double[] WarmMs, long PeakWorkingSetBytes, int Pages, long PdfBytes, string Notes)
{
    public double MedianMs => Median(WarmMs);

    public static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
