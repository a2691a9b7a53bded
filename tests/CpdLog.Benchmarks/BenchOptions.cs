namespace CpdLog.Benchmarks;

using System.Globalization;

public sealed record BenchOptions(string? Scenario, int Iterations, string OutDir)
{
    public static BenchOptions Parse(string[] args)
    {
        string? scenario = null;
        var iterations = 20;
        var outDir = Path.Combine(Path.GetTempPath(), "cpdlog-bench");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--scenario": scenario = args[i + 1]; break;
                case "--iterations": iterations = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--out": outDir = args[i + 1]; break;
            }
        }

        return new BenchOptions(scenario, iterations, outDir);
    }
}
