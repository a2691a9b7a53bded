namespace CpdLog.Portfolio.Layout;

public sealed record LineElement(float X1, float Y1, float X2, float Y2, Rgb Color, float Width) : LayoutElement;
