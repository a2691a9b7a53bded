namespace CpdLog.Portfolio.Layout;

/// <summary>Page size and margins in points. Defaults to A4 portrait.</summary>
public sealed record PageGeometry
{
    public float Width { get; init; } = 595.28f;

    public float Height { get; init; } = 841.89f;

    public float MarginLeft { get; init; } = 45f;

    public float MarginRight { get; init; } = 45f;

    /// <summary>Top of the body area; the running header sits above it.</summary>
    public float MarginTop { get; init; } = 62f;

    /// <summary>Distance from the page foot to the bottom of the body area; the footer sits below it.</summary>
    public float MarginBottom { get; init; } = 58f;

    public float ContentWidth => Width - MarginLeft - MarginRight;

    public float ContentHeight => Height - MarginTop - MarginBottom;

    public static PageGeometry A4 { get; } = new();
}
