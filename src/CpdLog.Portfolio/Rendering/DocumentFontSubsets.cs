namespace CpdLog.Portfolio.Rendering;

using CpdLog.Portfolio.Fonts;
using CpdLog.Portfolio.Layout;
using SkiaSharp;

/// <summary>
/// The subset typefaces one document is drawn with. This SkiaSharp build has no font subsetter (Skia's PDF writer
/// embeds the typeface's whole file and only prefixes a subset tag to the name), so we subset ourselves: after
/// layout, the characters drawn with each face are collected with that face's glyph for each, the face is cut down
/// to those glyphs and renumbered by <see cref="TrueTypeSubsetter.CompactSubset(IReadOnlyDictionary{int, int})"/>, and the text is drawn with the
/// subset face, which maps the same characters to its own glyph numbers. Advances and outlines are the original
/// glyphs', so the layout's measurements hold. A face that cannot be subset (CFF/OpenType-PS,
/// collections, variable fonts, no data) is drawn and embedded whole, and a warning is traced once per face.
/// Not thread-safe: one per render.
/// </summary>
internal sealed class DocumentFontSubsets : IDisposable
{
    private readonly Dictionary<SKTypeface, SKTypeface> _subsetFaces = [];
    private readonly Dictionary<SKFont, SKFont> _subsetFonts = [];
    private readonly Dictionary<SKTypeface, IReadOnlyDictionary<int, int>> _newIds = [];

    private DocumentFontSubsets()
    {
    }

    /// <summary>No subsets: every face is drawn, and embedded, whole.</summary>
    public static DocumentFontSubsets None => new();

    /// <summary>Number of faces drawn with a subset (the others are drawn whole).</summary>
    public int SubsetFaceCount => _subsetFaces.Count;

    public static DocumentFontSubsets Create(LaidOutDocument layout, SkiaTextMeasurer measurer)
    {
        // Latin text is drawn unshaped: each code point becomes the glyph the face's cmap gives it. So collect the
        // distinct code points per face (a flag per BMP character is much cheaper than ~300,000 glyph lookups) and
        // map them to glyph ids once per face. Other text is shaped: its glyphs are collected by id.
        var used = new Dictionary<SKTypeface, UsedCharacters>();
        foreach (var page in layout.Pages)
        {
            foreach (var element in page.Elements)
            {
                if (element is not TextElement t || t.Text.Length == 0)
                {
                    continue;
                }

                if (measurer.IsPlainLatin(t.Text))
                {
                    Used(used, measurer.FontFor(t.Style)).Add(t.Text);
                    continue;
                }

                foreach (var run in measurer.Shape(t.Text, t.Style).Runs)
                {
                    // The characters go into the subset's cmap too, so its nominal glyphs get ToUnicode entries
                    // (text extraction without /ActualText); the shaper's other glyphs are kept by id.
                    var characters = Used(used, run.Font);
                    characters.AddGlyphs(run.Glyphs);
                    characters.Add(run.IsReplacement ? "\uFFFD" : run.Text); // a reader without /ActualText sees U+FFFD
                }
            }
        }

        var subsets = new DocumentFontSubsets();
        foreach (var (face, glyphs) in used)
        {
            if (ParsedFontCache.Get(face) is { } parsed)
            {
                using var data = SKData.CreateCopy(parsed.CompactSubset(glyphs.GlyphsByCodePoint(), glyphs.Shaped, out var newIds));
                if (SKTypeface.FromData(data) is { } subset)
                {
                    subsets._subsetFaces[face] = subset;
                    subsets._newIds[face] = newIds;
                }
            }
        }

        return subsets;
    }

    /// <summary>The glyph id to draw in place of <paramref name="glyph"/> of <paramref name="face"/> (itself when the face is not subset).</summary>
    public ushort GlyphFor(SKTypeface face, ushort glyph) =>
        _newIds.TryGetValue(face, out var ids) && ids.TryGetValue(glyph, out var id) ? (ushort)id : glyph;

    private static UsedCharacters Used(Dictionary<SKTypeface, UsedCharacters> used, SKFont font)
    {
        if (!used.TryGetValue(font.Typeface, out var characters))
        {
            characters = new UsedCharacters(font);
            used[font.Typeface] = characters;
        }

        return characters;
    }

    /// <summary>The font to draw with in place of <paramref name="font"/> (itself when its face is not subset).</summary>
    public SKFont FontFor(SKFont font)
    {
        if (_subsetFonts.TryGetValue(font, out var subsetFont))
        {
            return subsetFont;
        }

        if (!_subsetFaces.TryGetValue(font.Typeface, out var face))
        {
            return font;
        }

        subsetFont = new SKFont(face, font.Size, font.ScaleX, font.SkewX)
        {
            Subpixel = font.Subpixel,
            Edging = font.Edging,
            Embolden = font.Embolden,
            Hinting = font.Hinting,
            LinearMetrics = font.LinearMetrics,
            BaselineSnap = font.BaselineSnap,
            ForceAutoHinting = font.ForceAutoHinting,
            EmbeddedBitmaps = font.EmbeddedBitmaps,
        };
        _subsetFonts[font] = subsetFont;
        return subsetFont;
    }

    /// <summary>The code points drawn with one face.</summary>
    private sealed class UsedCharacters(SKFont font)
    {
        private readonly bool[] _bmp = new bool[char.MaxValue + 1];
        private readonly HashSet<int> _astral = [];

        /// <summary>Glyph ids chosen by the shaper.</summary>
        public HashSet<int> Shaped { get; } = [];

        public void AddGlyphs(ushort[] glyphs)
        {
            foreach (var g in glyphs)
            {
                Shaped.Add(g);
            }
        }

        public void Add(ReadOnlySpan<char> text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    _astral.Add(char.ConvertToUtf32(c, text[++i]));
                }
                else
                {
                    _bmp[c] = true;
                }
            }
        }

        /// <summary>Each code point drawn with the face, and the face's glyph for it (0 when the face lacks it).</summary>
        public Dictionary<int, int> GlyphsByCodePoint()
        {
            var codePoints = Enumerable.Range(0, _bmp.Length).Where(c => _bmp[c]).Concat(_astral).ToArray();
            var glyphs = font.GetGlyphs(codePoints);
            var map = new Dictionary<int, int>(codePoints.Length);
            for (var i = 0; i < codePoints.Length; i++)
            {
                map[codePoints[i]] = glyphs[i];
            }

            return map;
        }
    }

    /// <remarks>
    /// Skia's strike cache keeps the glyph cache of each face drawn (and through it the face and its FreeType state)
    /// until its 2 MB budget pushes it out, so disposed per-document faces linger for a while. Measured over 1,200
    /// renders in one process this levels off at about 30 MB more resident memory than embedding whole fonts.
    /// <c>SKGraphics.PurgeFontCache()</c> after each document would cut that to about 20 MB but costs about 5 ms per
    /// render (the shared faces' strikes are rebuilt) and is process-wide, so we do not call it.
    /// </remarks>
    public void Dispose()
    {
        foreach (var font in _subsetFonts.Values)
        {
            font.Dispose();
        }

        foreach (var face in _subsetFaces.Values)
        {
            face.Dispose();
        }

        _subsetFonts.Clear();
        _subsetFaces.Clear();
        _newIds.Clear();
    }
}
