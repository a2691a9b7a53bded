namespace CpdLog.Portfolio.Layout;

/// <summary>A paginated document: every page with positioned elements, ready to draw.</summary>
public sealed record LaidOutDocument(float PageWidth, float PageHeight, IReadOnlyList<LayoutPage> Pages, IReadOnlyList<SectionAnchor> Sections);
