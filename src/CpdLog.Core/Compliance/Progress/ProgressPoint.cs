namespace CpdLog.Core.Compliance.Progress;

/// <summary>The running total after the records of <paramref name="Date"/>.</summary>
public sealed record ProgressPoint(DateOnly Date, decimal Value);
