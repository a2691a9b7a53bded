namespace CpdLog.Portfolio.Layout;

/// <summary>An sRGB colour.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb FromHex(uint hex) => new((byte)(hex >> 16), (byte)(hex >> 8), (byte)hex);
}

/// <summary>Font size in points, weight and colour of a run of text.</summary>
public readonly record struct TextStyle(float Size, bool Bold, Rgb Color)
{
    /// <summary>
    /// Distance between baselines of wrapped lines: DejaVu Sans's ascent plus descent (0.928 + 0.236 em), the
    /// "normal" line height a browser gives it, rounded up a little.
    /// </summary>
    public float LineHeight => Size * 1.17f;

    /// <summary>Distance from the top of a line box to its baseline (DejaVu/Liberation ascent is about 0.93 em).</summary>
    public float BaselineOffset => Size * 0.93f;
}

/// <summary>What a piece of text is, so tests and the reading order can tell content from furniture.</summary>
public enum ElementRole
{
    Body = 0,
    Heading = 1,
    TableHeader = 2,
    TableCell = 3,
    RunningHeader = 4,
    Footer = 5,
    Cover = 6,
    Contents = 7,
}

/// <summary>Something placed on a page. Coordinates are points from the top-left corner, y growing downwards.</summary>
public abstract record LayoutElement;

public sealed record TextElement(float X, float Baseline, string Text, TextStyle Style, ElementRole Role) : LayoutElement;

public sealed record BoxElement(float X, float Y, float Width, float Height, Rgb? Fill, Rgb? Stroke = null, float StrokeWidth = 0.5f) : LayoutElement;

public sealed record LineElement(float X1, float Y1, float X2, float Y2, Rgb Color, float Width) : LayoutElement;

/// <summary>A QR code of <see cref="Payload"/> drawn as vector squares in a <see cref="Size"/>-point square.</summary>
public sealed record QrCodeElement(float X, float Y, float Size, string Payload) : LayoutElement;

/// <summary>A named place a link can jump to (a PDF named destination).</summary>
public sealed record DestinationElement(float X, float Y, string Name) : LayoutElement;

/// <summary>A clickable area that jumps to a <see cref="DestinationElement"/>.</summary>
public sealed record LinkElement(float X, float Y, float Width, float Height, string DestinationName) : LayoutElement;

/// <summary>A clickable area that opens a URL.</summary>
public sealed record UrlLinkElement(float X, float Y, float Width, float Height, string Url) : LayoutElement;

public sealed class LayoutPage(int number)
{
    /// <summary>1-based page number.</summary>
    public int Number { get; } = number;

    /// <summary>In drawing order, which is also the reading order of the extracted text.</summary>
    public List<LayoutElement> Elements { get; } = [];

    public IEnumerable<TextElement> Texts => Elements.OfType<TextElement>();

    /// <summary>True once anything other than page furniture has been placed.</summary>
    internal bool HasContent { get; set; }
}

/// <summary>Where a document section starts.</summary>
public sealed record SectionAnchor(string Title, int PageNumber, string DestinationName);

/// <summary>A paginated document: every page with positioned elements, ready to draw.</summary>
public sealed record LaidOutDocument(float PageWidth, float PageHeight, IReadOnlyList<LayoutPage> Pages, IReadOnlyList<SectionAnchor> Sections);

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

/// <summary>Measures text advance widths. Layout depends only on this, so it can be tested without drawing.</summary>
public interface ITextMeasurer
{
    float Measure(string text, TextStyle style);

    /// <summary>Width of a slice of a string (a word while wrapping); override to avoid the copy.</summary>
    float Measure(ReadOnlySpan<char> text, TextStyle style) => Measure(text.ToString(), style);
}
