namespace CpdLog.Portfolio.Rendering;

using CpdLog.Portfolio.Layout;
using SkiaSharp;

/// <summary>
/// Measures with the same fonts, and the same per-character fallback, that <see cref="SkiaPortfolioRenderer"/> draws
/// with, so layout and drawing agree. Latin text is measured from a shared table of advances
/// (<see cref="LatinAdvances"/>); other text through Skia, with word widths cached. Not thread-safe: one per render.
/// </summary>
public sealed class SkiaTextMeasurer(PortfolioFonts fonts) : ITextMeasurer, IDisposable
{
    private readonly Dictionary<(float Size, bool Bold), SKFont> _fonts = [];
    private readonly Dictionary<(SKTypeface Face, float Size), SKFont> _fallbackFonts = [];
    private readonly Dictionary<(string Text, float Size, bool Bold), float> _widths = [];
    private readonly List<(SKTypeface Face, int Start, int Length)> _faceRuns = [];
    private readonly List<(SKFont Font, int Start, int Length)> _measureRuns = [];
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

        width = 0;
        Runs(text, style, _measureRuns);
        foreach (var run in _measureRuns)
        {
            width += run.Font.MeasureText(text.AsSpan(run.Start, run.Length));
        }

        // Long cell texts are measured once; only cache short strings (words) to bound memory.
        if (text.Length <= 48)
        {
            _widths[key] = width;
        }

        return width;
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

    /// <summary>
    /// Fills <paramref name="runs"/> (cleared first) with the font runs for drawing or measuring
    /// <paramref name="text"/>: one run with the main font unless some characters need a fallback face.
    /// </summary>
    internal void Runs(string text, TextStyle style, List<(SKFont Font, int Start, int Length)> runs)
    {
        runs.Clear();
        var main = FontFor(style);
        if (fonts.IsPreferredFamily && LatinAdvances.Covers(text))
        {
            runs.Add((main, 0, text.Length));
            return;
        }

        fonts.SplitRuns(text, style.Bold, main, _faceRuns);
        foreach (var (face, start, length) in _faceRuns)
        {
            if (ReferenceEquals(face, main.Typeface))
            {
                runs.Add((main, start, length));
                continue;
            }

            if (!_fallbackFonts.TryGetValue((face, style.Size), out var fallback))
            {
                fallback = new SKFont(face, style.Size) { Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, LinearMetrics = true };
                _fallbackFonts[(face, style.Size)] = fallback;
            }

            runs.Add((fallback, start, length));
        }
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
