namespace CpdLog.Portfolio.Layout;

/// <summary>A named place a link can jump to (a PDF named destination).</summary>
public sealed record DestinationElement(float X, float Y, string Name) : LayoutElement;
