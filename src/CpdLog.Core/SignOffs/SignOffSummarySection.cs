namespace CpdLog.Core.SignOffs;

/// <summary>One heading of the summary and its lines.</summary>
public sealed record SignOffSummarySection(string Title, IReadOnlyList<string> Lines);
