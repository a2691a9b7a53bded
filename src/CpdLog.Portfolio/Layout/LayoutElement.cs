namespace CpdLog.Portfolio.Layout;

/// <summary>Something placed on a page. Coordinates are points from the top-left corner, y growing downwards.</summary>
public abstract record LayoutElement;
