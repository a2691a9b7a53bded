namespace CpdLog.Portfolio.Layout;

public sealed record TextElement(float X, float Baseline, string Text, TextStyle Style, ElementRole Role) : LayoutElement;
