namespace CpdLog.Portfolio.Layout;

public sealed record BoxElement(float X, float Y, float Width, float Height, Rgb? Fill, Rgb? Stroke = null, float StrokeWidth = 0.5f) : LayoutElement;
