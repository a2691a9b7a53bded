namespace CpdLog.Portfolio.Layout;

/// <summary>A point of a <see cref="PathElement"/>, in points from the page's top-left corner.</summary>
public readonly record struct PathPoint(float X, float Y);
