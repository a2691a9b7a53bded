namespace CpdLog.Portfolio.Rendering;

using SkiaSharp;

/// <summary>
/// Collects a page's text, in reading order, into as few glyph runs as possible: consecutive pieces with the same
/// font and colour become one positioned run (one <see cref="SKTextBlob"/>), each piece placed where Skia's own
/// <c>DrawText</c> would place its glyphs (<see cref="SKFont.GetGlyphPositions(ReadOnlySpan{ushort}, Span{SKPoint}, SKPoint)"/>
/// from the piece's origin). Skia's PDF writer then emits one text object per run with a <c>Td</c> per piece instead
/// of a text object, font and matrix per piece: the same glyphs at the same positions in the same order, about a
/// fifth less PDF writing time (measured: 13,390 lines, 99.7 → 78.1 ms, identical <c>pdftotext</c> output), and
/// 13,000 fewer managed text-blob objects per portfolio. Not thread-safe: one per recording thread.
/// </summary>
internal sealed class PageTextBatch : IDisposable
{
    private readonly SKTextBlobBuilder _builder = new();
    private readonly List<Piece> _pieces = [];
    private SKFont? _font;
    private SKColor _color;
    private int _glyphCount;

    /// <summary>Adds <paramref name="text"/> drawn with <paramref name="font"/> from <paramref name="origin"/> (left end of the baseline).</summary>
    public void Add(SKCanvas canvas, SKPaint paint, SKFont font, SKColor color, string text, int start, int length, SKPoint origin)
    {
        var glyphs = GlyphCount(font, text.AsSpan(start, length));
        if (glyphs == 0)
        {
            return;
        }

        if (!ReferenceEquals(font, _font) || color != _color)
        {
            Flush(canvas, paint);
            _font = font;
            _color = color;
        }

        _pieces.Add(new Piece(text, start, length, glyphs, origin));
        _glyphCount += glyphs;
    }

    /// <summary>Draws what has been collected.</summary>
    public void Flush(SKCanvas canvas, SKPaint paint)
    {
        if (_pieces.Count == 0 || _font is null)
        {
            return;
        }

        var run = _builder.AllocatePositionedRun(_font, _glyphCount);
        var glyphs = run.Glyphs;
        var positions = run.Positions;
        var at = 0;
        foreach (var piece in _pieces)
        {
            var pieceGlyphs = glyphs.Slice(at, piece.Glyphs);
            _font.GetGlyphs(piece.Text.AsSpan(piece.Start, piece.Length), pieceGlyphs);
            _font.GetGlyphPositions(pieceGlyphs, positions.Slice(at, piece.Glyphs), piece.Origin);
            at += piece.Glyphs;
        }

        using (var blob = _builder.Build())
        {
            if (blob is not null)
            {
                paint.Style = SKPaintStyle.Fill;
                paint.Color = _color;
                canvas.DrawText(blob, 0, 0, paint);
            }
        }

        _pieces.Clear();
        _glyphCount = 0;
        _font = null;
    }

    /// <summary>
    /// Draws a shaped line at <paramref name="origin"/> after what has been collected (so reading order holds): one
    /// run per font, with glyph ids (renumbered for the subset by <paramref name="subsets"/>) and, for each glyph,
    /// its cluster of the run's text, from which Skia's PDF writer writes /ActualText where the font's character map
    /// cannot name the glyph.
    /// </summary>
    public void AddShaped(SKCanvas canvas, SKPaint paint, ShapedLine line, DocumentFontSubsets subsets, SKColor color, SKPoint origin)
    {
        Flush(canvas, paint);
        paint.Style = SKPaintStyle.Fill;
        paint.Color = color;
        foreach (var shaped in line.Runs)
        {
            if (shaped.Glyphs.Length == 0)
            {
                continue;
            }

            var font = subsets.FontFor(shaped.Font);
            var text = System.Text.Encoding.UTF8.GetBytes(shaped.Text);
            var run = _builder.AllocatePositionedTextRun(font, shaped.Glyphs.Length, text.Length);
            var glyphs = run.Glyphs;
            var positions = run.Positions;
            var clusters = run.Clusters;
            for (var i = 0; i < shaped.Glyphs.Length; i++)
            {
                glyphs[i] = subsets.GlyphFor(shaped.Font.Typeface, shaped.Glyphs[i]);
                positions[i] = new SKPoint(origin.X + shaped.X[i], origin.Y + shaped.Y[i]);
                clusters[i] = shaped.Clusters[i];
            }

            text.CopyTo(run.Text);
        }

        using var blob = _builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, 0, 0, paint);
        }
    }

    public void Dispose() => _builder.Dispose();

    /// <summary>Glyphs Skia makes of the text: one per UTF-16 code unit unless there are surrogates.</summary>
    private static int GlyphCount(SKFont font, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                return font.CountGlyphs(text);
            }
        }

        return text.Length;
    }

    private readonly record struct Piece(string Text, int Start, int Length, int Glyphs, SKPoint Origin);
}
