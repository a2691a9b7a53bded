namespace CpdLog.Portfolio.Rendering;

using CpdLog.Portfolio.Layout;
using CpdLog.Portfolio.Text;
using SkiaSharp;

/// <summary>
/// Measures with the same fonts, and the same per-character fallback, that <see cref="SkiaPortfolioRenderer"/> draws
/// with, so layout and drawing agree. Latin text is measured from a shared table of advances
/// (<see cref="LatinAdvances"/>); other text is shaped (<see cref="Shape"/>), with word widths cached. Not thread-safe: one per render.
/// </summary>
public sealed class SkiaTextMeasurer(PortfolioFonts fonts) : ITextMeasurer, IDisposable
{
    private readonly Dictionary<(float Size, bool Bold), SKFont> _fonts = [];
    private readonly Dictionary<(SKTypeface Face, float Size), SKFont> _fallbackFonts = [];
    private readonly Dictionary<(string Text, float Size, bool Bold), float> _widths = [];
    private readonly Dictionary<(string Text, float Size, bool Bold), ShapedLine> _shaped = [];
    private readonly List<(SKTypeface? Face, int Start, int Length)> _faceRuns = [];
    private readonly Dictionary<SKFont, LatinAdvances> _latin = [];

    public PortfolioFonts Fonts => fonts;

    public float Measure(string text, TextStyle style)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (fonts.IsPreferredFamily && LatinAdvances.Covers(text))
        {
            return MeasureLatin(text, style);
        }

        var key = (text, style.Size, style.Bold);
        if (_widths.TryGetValue(key, out var width))
        {
            return width;
        }

        width = Shape(text, style).Width;

        // Long cell texts are measured once; only cache short strings (words) to bound memory.
        if (text.Length <= 48)
        {
            _widths[key] = width;
        }

        return width;
    }

    /// <summary>True when <paramref name="text"/> is drawn by the Latin fast path, unshaped, from the main face.</summary>
    internal bool IsPlainLatin(string text) => fonts.IsPreferredFamily && LatinAdvances.Covers(text);

    /// <summary>
    /// Shapes a line for drawing (cached per text and style): bidi runs in visual order (UAX #9,
    /// <see cref="UnicodeBidi"/>), each split by the face that draws its characters, each shaped by HarfBuzz.
    /// Characters no font can draw become a replacement mark (U+FFFD from the main face, else its .notdef box).
    /// </summary>
    internal ShapedLine Shape(string text, TextStyle style)
    {
        var key = (text, style.Size, style.Bold);
        if (_shaped.TryGetValue(key, out var line))
        {
            return line;
        }

        var main = FontFor(style);
        var runs = new List<ShapedRun>();
        var x = 0f;
        foreach (var bidi in UnicodeBidi.VisualRuns(text))
        {
            fonts.SplitRuns(text, bidi.Start, bidi.Length, style.Bold, main, _faceRuns);
            var count = _faceRuns.Count;
            for (var i = 0; i < count; i++)
            {
                // In a right-to-left run the logically first font run is the rightmost.
                var (face, start, length) = _faceRuns[bidi.IsRightToLeft ? count - 1 - i : i];
                var run = face is null
                    ? Replacement(main, text, start, length, x)
                    : ShapeRun(ReferenceEquals(face, main.Typeface) ? main : FallbackFont(face, style.Size), text, start, length, bidi.IsRightToLeft, x);
                runs.Add(run.Run);
                x = run.End;
            }
        }

        line = new ShapedLine(runs, x);
        _shaped[key] = line;
        return line;
    }

    private static (ShapedRun Run, float End) ShapeRun(SKFont font, string text, int start, int length, bool rightToLeft, float x)
    {
        var (infos, positions, scale) = HarfBuzzFonts.Shape(font.Typeface, font.Size, text, start, length, rightToLeft);
        var runText = text.Substring(start, length);
        var utf8Offsets = Utf8Offsets(runText);
        var glyphs = new ushort[infos.Length];
        var xs = new float[infos.Length];
        var ys = new float[infos.Length];
        var clusters = new uint[infos.Length];
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            xs[i] = x + (positions[i].XOffset * scale);
            ys[i] = -positions[i].YOffset * scale; // HarfBuzz's y grows upwards, the page's downwards
            clusters[i] = utf8Offsets[Math.Clamp((int)infos[i].Cluster - start, 0, length)];
            x += positions[i].XAdvance * scale;
        }

        return (new ShapedRun(font, glyphs, xs, ys, runText, clusters, IsReplacement: false), x);
    }

    /// <summary>One replacement mark per character that cannot be drawn; the text stays the character.</summary>
    private static (ShapedRun Run, float End) Replacement(SKFont main, string text, int start, int length, float x)
    {
        var runText = text.Substring(start, length);
        var utf8Offsets = Utf8Offsets(runText);
        var mark = main.GetGlyph(0xFFFD); // 0 (.notdef, drawn as a box) when the face has no replacement character
        var width = main.GetGlyphWidths([mark])[0];
        var glyphs = new List<ushort>();
        var xs = new List<float>();
        var clusters = new List<uint>();
        var index = 0;
        foreach (var rune in runText.EnumerateRunes())
        {
            glyphs.Add(mark);
            xs.Add(x);
            clusters.Add(utf8Offsets[index]);
            x += width;
            index += rune.Utf16SequenceLength;
        }

        return (new ShapedRun(main, [.. glyphs], [.. xs], new float[glyphs.Count], runText, [.. clusters], IsReplacement: true), x);
    }

    /// <summary>UTF-8 byte offset of each UTF-16 index of <paramref name="text"/> (and of its end).</summary>
    private static uint[] Utf8Offsets(string text)
    {
        var offsets = new uint[text.Length + 1];
        uint bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            offsets[i] = bytes;
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                offsets[++i] = bytes;
                bytes += 4;
            }
            else
            {
                bytes += c < 0x80 ? 1u : c < 0x800 ? 2u : 3u;
            }
        }

        offsets[text.Length] = bytes;
        return offsets;
    }

    public float Measure(ReadOnlySpan<char> text, TextStyle style) =>
        fonts.IsPreferredFamily && LatinAdvances.Covers(text) ? MeasureLatin(text, style) : Measure(text.ToString(), style);

    /// <summary>Latin text is drawn with the main face alone, so its width is the sum of that face's advances.</summary>
    private float MeasureLatin(ReadOnlySpan<char> text, TextStyle style)
    {
        var font = FontFor(style);
        if (!_latin.TryGetValue(font, out var table))
        {
            table = LatinAdvances.For(font);
            _latin[font] = table;
        }

        return table.Measure(text, style.Size);
    }

    internal SKFont FontFor(TextStyle style)
    {
        if (!_fonts.TryGetValue((style.Size, style.Bold), out var font))
        {
            font = new SKFont(style.Bold ? fonts.Bold : fonts.Regular, style.Size)
            {
                Subpixel = true,
                Edging = SKFontEdging.Antialias,
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Embolden = style.Bold && ReferenceEquals(fonts.Bold, fonts.Regular),
            };
            _fonts[(style.Size, style.Bold)] = font;
        }

        return font;
    }

    private SKFont FallbackFont(SKTypeface face, float size)
    {
        if (!_fallbackFonts.TryGetValue((face, size), out var fallback))
        {
            fallback = new SKFont(face, size) { Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, LinearMetrics = true };
            _fallbackFonts[(face, size)] = fallback;
        }

        return fallback;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values.Concat(_fallbackFonts.Values))
        {
            font.Dispose();
        }

        _fonts.Clear();
        _fallbackFonts.Clear();
    }
}
