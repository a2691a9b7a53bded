namespace CpdLog.Core.Portfolio;

/// <summary>Document properties written to the PDF information dictionary and XMP.</summary>
public sealed record PortfolioMetadata(
    string Title,
    string Author,
    string Subject,
    IReadOnlyList<string> Keywords,
    DateTimeOffset CreatedAt);
