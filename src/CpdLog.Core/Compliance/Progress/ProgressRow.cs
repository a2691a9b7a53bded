namespace CpdLog.Core.Compliance.Progress;

/// <summary>
/// One row of the figures table: the running total achieved by <paramref name="Date"/> (null for a date still to come)
/// and the pace, what should have been done by then to finish on time (required × elapsed fraction, one decimal).
/// </summary>
public sealed record ProgressRow(DateOnly Date, ProgressRowKind Kind, decimal? Achieved, decimal Pace);
