namespace CpdLog.Portfolio.Layout;

/// <summary>
/// An open line through <see cref="Points"/> (a chart's series), drawn as a vector path; dashed when <see cref="Dash"/>
/// is above zero (<see cref="Dash"/> on, <see cref="Gap"/> off).
/// </summary>
public sealed record PathElement(IReadOnlyList<PathPoint> Points, Rgb Color, float Width, float Dash = 0f, float Gap = 0f) : LayoutElement;
