namespace CpdLog.Portfolio.Rendering;

using System.Collections.Concurrent;
using SkiaSharp;

/// <summary>
/// Advance widths of the Latin characters (U+0020 to U+024F) of one face, so layout can measure text by adding
/// numbers instead of asking Skia (which maps every character to a glyph on each call; that was most of the layout's
/// time). Skia measures unhinted, linear-metrics text at a canonical 64 pt and scales the sum to the font size
/// (<c>SkStrikeSpec::MakeCanonicalized</c>); this does the same arithmetic in the same order, so widths are equal to
/// <see cref="SKFont.MeasureText(string, SKPaint)"/> to the bit (a test checks every string of a real portfolio).
/// Immutable once built and shared by all renders; one table per (face, fake bold).
/// </summary>
internal sealed class LatinAdvances
{
    public const int First = 0x20;
    public const int End = 0x250;
    private const float CanonicalSize = 64f;

    private static readonly ConcurrentDictionary<(SKTypeface Face, bool Embolden), LatinAdvances> Tables = new();

    private readonly float[] _advances;

    private LatinAdvances(float[] advances) => _advances = advances;

    /// <summary>The table for the face and fake-bold setting of <paramref name="font"/>.</summary>
    public static LatinAdvances For(SKFont font) =>
        Tables.GetOrAdd((font.Typeface, font.Embolden), static key => Build(key.Face, key.Embolden));

    /// <summary>True when every character of <paramref name="text"/> is in the table.</summary>
    public static bool Covers(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < (char)First or >= (char)End)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Width at <paramref name="size"/> points of text that <see cref="Covers"/> says is in the table.</summary>
    public float Measure(ReadOnlySpan<char> text, float size)
    {
        var sum = 0f;
        foreach (var c in text)
        {
            sum += _advances[c - First];
        }

        return sum * (size / CanonicalSize);
    }

    private static LatinAdvances Build(SKTypeface face, bool embolden)
    {
        using var font = new SKFont(face, CanonicalSize)
        {
            Subpixel = true,
            Edging = SKFontEdging.Antialias,
            Hinting = SKFontHinting.None,
            LinearMetrics = true,
            Embolden = embolden,
        };
        var codePoints = Enumerable.Range(First, End - First).ToArray();
        var glyphs = font.GetGlyphs(codePoints);
        var widths = font.GetGlyphWidths(glyphs);
        return new LatinAdvances(widths);
    }
}
