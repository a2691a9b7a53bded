namespace CpdLog.Core.Portfolio;

/// <summary>A section starts on a new page and gets a bookmark-like entry in the contents list.</summary>
public sealed record DocumentSection(PortfolioSectionKind Kind, string Title, IReadOnlyList<Block> Blocks);
