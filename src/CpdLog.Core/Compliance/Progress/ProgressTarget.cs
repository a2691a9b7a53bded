namespace CpdLog.Core.Compliance.Progress;

/// <summary>One requirement to chart: what it adds up and how much is required by the deadline.</summary>
public sealed record ProgressTarget(string Code, string Title, string Unit, decimal Required, ProgressMeasure Measure, bool Advisory = false);
