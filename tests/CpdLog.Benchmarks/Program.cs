// Timed harness for portfolio rendering. Each scenario runs in its own child process so peak memory is its own.
//   dotnet run -c Release --project tests/CpdLog.Benchmarks [-- --iterations 10 --out /tmp/bench]
// Child mode (used by the parent): --scenario portfolio|ceiling|chromium --iterations N --out DIR
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CpdLog.Benchmarks;

var options = BenchOptions.Parse(args);
if (options.Scenario is { } scenario)
{
    var result = scenario switch
    {
        "portfolio" => Scenarios.Portfolio(options),
        "ceiling" => Scenarios.Ceiling(options),
        "chromium" => await Scenarios.ChromiumAsync(options),
        _ => throw new ArgumentException($"Unknown scenario {scenario}"),
    };
    Console.WriteLine(JsonSerializer.Serialize(result));
    return 0;
}

Directory.CreateDirectory(options.OutDir);
Console.WriteLine($"CpdLog portfolio benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:u}");
Console.WriteLine("Workload: NMC portfolio, 3-year cycle, 500 activities, 5 long reflective accounts, 20 feedback entries.");
var results = new List<ScenarioResult>();
foreach (var (name, iterations) in new[] { ("portfolio", options.Iterations), ("ceiling", options.Iterations), ("chromium", Math.Max(3, options.Iterations / 3)) })
{
    if (name == "chromium" && !File.Exists(Scenarios.ChromiumPath))
    {
        Console.WriteLine($"skipped chromium: {Scenarios.ChromiumPath} not found");
        continue;
    }

    results.Add(RunChild(name, iterations, options.OutDir));
}

Report.Print(results);
return 0;

static ScenarioResult RunChild(string scenario, int iterations, string outDir)
{
    var self = Environment.ProcessPath!;
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet")
    {
        start.ArgumentList.Add(typeof(SampleRecords).Assembly.Location);
    }

    foreach (var a in new[] { "--scenario", scenario, "--iterations", iterations.ToString(CultureInfo.InvariantCulture), "--out", outDir })
    {
        start.ArgumentList.Add(a);
    }

    using var child = Process.Start(start)!;
    var stdout = child.StandardOutput.ReadToEnd();
    var stderr = child.StandardError.ReadToEnd();
    child.WaitForExit();
    if (child.ExitCode != 0)
    {
        throw new InvalidOperationException($"{scenario} failed: {stderr}");
    }

    return JsonSerializer.Deserialize<ScenarioResult>(stdout.Trim().Split('\n')[^1])!;
}
