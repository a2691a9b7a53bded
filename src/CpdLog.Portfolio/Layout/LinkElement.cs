namespace CpdLog.Portfolio.Layout;

/// <summary>A clickable area that jumps to a <see cref="DestinationElement"/>.</summary>
public sealed record LinkElement(float X, float Y, float Width, float Height, string DestinationName) : LayoutElement;
