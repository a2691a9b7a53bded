namespace CpdLog.LoadTests;

using System.Globalization;

/// <summary>Latencies and counts of one scenario.</summary>
internal sealed class Measurement(string name)
{
    private readonly List<double> _milliseconds = [];
    private readonly Lock _gate = new();

    public string Name { get; } = name;

    public long Errors;

    public long Bytes;

    public TimeSpan Elapsed { get; set; }

    public int Count => _milliseconds.Count;

    public string FirstError { get; set; } = "";

    public void Add(IEnumerable<double> milliseconds)
    {
        lock (_gate)
        {
            _milliseconds.AddRange(milliseconds);
        }
    }

    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _milliseconds.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public double PerSecond => Count / Elapsed.TotalSeconds;

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {PerSecond:0} | {Percentile(50):0.0} | {Percentile(99):0.0} | {Count} | {Errors} | {(Count == 0 ? 0 : Bytes / Count / 1024.0):0.0} |");

    public const string Header = "| scenario | requests/s | p50 ms | p99 ms | requests | errors | KB/response |\n|---|---:|---:|---:|---:|---:|---:|";
}
