namespace CpdLog.Portfolio.Layout;

/// <summary>A clickable area that opens a URL.</summary>
public sealed record UrlLinkElement(float X, float Y, float Width, float Height, string Url) : LayoutElement;
