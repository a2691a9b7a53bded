namespace CpdLog.Portfolio.Rendering;

using System.Runtime.CompilerServices;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

/// <summary>
/// HarfBuzz fonts for Skia typefaces, created once per typeface (shaping with an hb_font is thread-safe), and the
/// shaping of one run of text. Positions come back in font units (HarfBuzz's default scale is the face's units per
/// em) and are scaled to the point size here, the same arithmetic as Skia's unhinted linear advances.
/// </summary>
internal static class HarfBuzzFonts
{
    // Kerning is off so that a word's width is the sum of its advances, as for the Latin fast path (LatinAdvances):
    // words are measured one at a time when lines are broken. Joining, ligatures and mark positioning stay on.
    private static readonly Feature[] Features = [new(Tag.Parse("kern"), 0)];

    private static readonly ConditionalWeakTable<SKTypeface, Entry> Cache = [];

    /// <summary>
    /// Shapes <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> (the rest
    /// of the text is context, so Arabic letters join across font runs) in the given direction.
    /// </summary>
    public static (GlyphInfo[] Infos, GlyphPosition[] Positions, float Scale) Shape(SKTypeface face, float size, string text, int start, int length, bool rightToLeft)
    {
        var entry = Cache.GetValue(face, static f => new Entry(f));
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text, start, length);
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        entry.Font.Shape(buffer, Features);
        return (buffer.GlyphInfos, buffer.GlyphPositions, size / entry.UnitsPerEm);
    }

    /// <summary>The native blob, face and font live as long as the typeface (their own finalizers free them).</summary>
    private sealed class Entry
    {
        public Entry(SKTypeface typeface)
        {
            var stream = typeface.OpenStream(out var index); // the blob owns the stream and disposes it
            var blob = stream?.ToHarfBuzzBlob() ?? Blob.Empty;
            var face = new Face(blob, index);
            Font = new HarfBuzzSharp.Font(face);
            UnitsPerEm = face.UnitsPerEm > 0 ? face.UnitsPerEm : 1000;
        }

        public HarfBuzzSharp.Font Font { get; }

        public int UnitsPerEm { get; }
    }
}
