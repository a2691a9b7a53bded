namespace CpdLog.Portfolio.Layout;

/// <summary>A QR code of <see cref="Payload"/> drawn as vector squares in a <see cref="Size"/>-point square.</summary>
public sealed record QrCodeElement(float X, float Y, float Size, string Payload) : LayoutElement;
