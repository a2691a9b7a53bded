namespace CpdLog.Benchmarks;

using System.Globalization;

public static class Report
{
    public static void Print(IReadOnlyList<ScenarioResult> results)
    {
        Console.WriteLine();
        Console.WriteLine("| Scenario | Pages | PDF size | Cold (ms) | Warm median (ms) | Warm min (ms) | Peak memory (MB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Pages} | {r.PdfBytes / 1024.0 / 1024:0.00} MB | {r.ColdMs:0} | {r.MedianMs:0} | {r.WarmMs.Min():0} | {r.PeakWorkingSetBytes / 1024.0 / 1024:0} |"));
        }

        var portfolio = results.FirstOrDefault(r => r.Name.StartsWith("portfolio", StringComparison.Ordinal));
        if (portfolio is null)
        {
            return;
        }

        Console.WriteLine();
        foreach (var baseline in results.Where(r => r != portfolio))
        {
            var ratio = baseline.MedianMs / portfolio.MedianMs;
            Console.WriteLine(ratio >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"portfolio is {ratio:0.0}x faster than {baseline.Name} (warm median)")
                : string.Create(CultureInfo.InvariantCulture, $"portfolio takes {1 / ratio:0.00}x the time of {baseline.Name} (warm median)"));
        }

        foreach (var r in results)
        {
            Console.WriteLine($"notes: {r.Name}: {r.Notes}");
        }
    }
}
