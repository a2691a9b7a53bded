namespace CpdLog.Core.SignOffs;

using System.Text.Json;
using CpdLog.Core.Display;
using CpdLog.Core.Portfolio;
using CpdLog.Core.Records;

/// <summary>One heading of the summary and its lines.</summary>
public sealed record SignOffSummarySection(string Title, IReadOnlyList<string> Lines);
