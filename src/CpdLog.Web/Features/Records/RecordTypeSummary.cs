namespace CpdLog.Web.Features.Records;

/// <summary>One card of the records overview.</summary>
public sealed record RecordTypeSummary(string Name, string Path, string Page, int Count, string Description);
