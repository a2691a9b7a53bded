namespace CpdLog.Core.Portfolio;

/// <summary>
/// A progress chart of one requirement over the cycle (running total, pace line, required total, deadline and the
/// judgement date), drawn as vector graphics. Its figures are printed in a table beside it, so the text carries them.
/// </summary>
public sealed record ProgressChartBlock(Compliance.Progress.ProgressWindow Window, DateOnly Today, Compliance.Progress.ProgressSeries Series) : Block;
