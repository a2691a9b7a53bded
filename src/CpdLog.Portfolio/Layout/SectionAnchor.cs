namespace CpdLog.Portfolio.Layout;

/// <summary>Where a document section starts.</summary>
public sealed record SectionAnchor(string Title, int PageNumber, string DestinationName);
