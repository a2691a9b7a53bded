namespace CpdLog.Portfolio.Rendering;

using System.Globalization;
using System.Text;
using SkiaSharp;

/// <summary>
/// The typefaces a portfolio is drawn with: the first installed of DejaVu Sans, Liberation Sans, Noto Sans, else
/// Skia's default. Characters the main face lacks are drawn with a face fontconfig picks for that character.
/// Typefaces are immutable and shared; create <see cref="SKFont"/>s per render.
/// </summary>
public sealed class PortfolioFonts
{
    public static readonly IReadOnlyList<string> PreferredFamilies = ["DejaVu Sans", "Liberation Sans", "Noto Sans"];

    private static readonly Lazy<PortfolioFonts> LazyDefault = new(() => Resolve(PreferredFamilies));

    // Per-character cache of the face that draws it; null when none does (drawn as a replacement mark).
    private readonly Dictionary<(int CodePoint, bool Bold), SKTypeface?> _fallbacks = [];
    private readonly Lock _fallbackLock = new();

    private PortfolioFonts(SKTypeface regular, SKTypeface bold, string familyName, bool isPreferred)
    {
        Regular = regular;
        Bold = bold;
        FamilyName = familyName;
        IsPreferredFamily = isPreferred;
    }

    /// <summary>Resolved once per process.</summary>
    public static PortfolioFonts Default => LazyDefault.Value;

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>The family actually used (e.g. "DejaVu Sans"), for logs and the health page.</summary>
    public string FamilyName { get; }

    /// <summary>False when none of <see cref="PreferredFamilies"/> was installed and Skia's default face is used.</summary>
    public bool IsPreferredFamily { get; }

    public static PortfolioFonts Resolve(IEnumerable<string> families)
    {
        var manager = SKFontManager.Default;
        foreach (var family in families)
        {
            // fontconfig substitutes a "best match" for any name, so check that we got the family we asked for.
            var regular = manager.MatchFamily(family, SKFontStyle.Normal);
            if (regular is null || !string.Equals(regular.FamilyName, family, StringComparison.OrdinalIgnoreCase))
            {
                regular?.Dispose();
                continue;
            }

            var bold = manager.MatchFamily(family, SKFontStyle.Bold);
            if (bold is null || !string.Equals(bold.FamilyName, family, StringComparison.OrdinalIgnoreCase))
            {
                bold = regular;
            }

            return new PortfolioFonts(regular, bold, regular.FamilyName, isPreferred: true);
        }

        var fallback = SKTypeface.Default;
        return new PortfolioFonts(fallback, SKTypeface.FromFamilyName(fallback.FamilyName, SKFontStyle.Bold) ?? fallback, fallback.FamilyName, isPreferred: false);
    }

    /// <summary>
    /// Monochrome families that draw emoji and symbols, tried when fontconfig's choice for a character is a colour
    /// font (CBDT, sbix, COLR or SVG glyphs, which our subsetter cannot keep and PDF/A-2b text cannot carry).
    /// </summary>
    public static readonly IReadOnlyList<string> MonochromeSymbolFamilies = ["Symbola", "Noto Emoji", "DejaVu Sans", "FreeSerif", "FreeSans"];

    /// <summary>
    /// The characters of <paramref name="texts"/> that no installed font can draw in a PDF (each once, in order of
    /// first appearance). They are drawn as a replacement mark (U+FFFD) whose extracted text is still the character,
    /// and the PDF then does not claim PDF/A. Pure apart from reading the installed fonts; cached per character.
    /// </summary>
    public IReadOnlyList<string> CannotDraw(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var missing = new List<string>();
        var seen = new HashSet<int>();
        using var regular = new SKFont(Regular);
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text) || (IsPreferredFamily && LatinAdvances.Covers(text)))
            {
                continue;
            }

            foreach (var rune in text.EnumerateRunes())
            {
                if (!IsDefaultIgnorable(rune.Value) && seen.Add(rune.Value) && FaceOrNull(rune.Value, bold: false, regular) is null)
                {
                    missing.Add(rune.ToString());
                }
            }
        }

        return missing;
    }

    /// <summary>Characters that draw nothing by design (joiners, variation selectors, marks): never "missing".</summary>
    internal static bool IsDefaultIgnorable(int c) =>
        c is 0x00AD or 0x034F or 0x061C or (>= 0x115F and <= 0x1160) or (>= 0x17B4 and <= 0x17B5) or (>= 0x180B and <= 0x180F)
            or (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x206F) or 0x3164
            or (>= 0xFE00 and <= 0xFE0F) or 0xFEFF or 0xFFA0 or (>= 0x1BCA0 and <= 0x1BCA3) or (>= 0x1D173 and <= 0x1D17A)
            or (>= 0xE0000 and <= 0xE0FFF) or '\n' or '\r' or '\t';

    /// <summary>The face to draw <paramref name="codePoint"/> with: the main face when it has the glyph, else a fallback.</summary>
    internal SKTypeface FaceFor(int codePoint, bool bold, SKFont mainFont) => FaceOrNull(codePoint, bold, mainFont) ?? (bold ? Bold : Regular);

    /// <summary>As <see cref="FaceFor"/>, but null when no installed monochrome face has the character.</summary>
    internal SKTypeface? FaceOrNull(int codePoint, bool bold, SKFont mainFont)
    {
        var main = bold ? Bold : Regular;
        if (codePoint is >= LatinAdvances.First and < LatinAdvances.End && IsPreferredFamily)
        {
            return main; // Latin-1 and Latin Extended-A/B are in every preferred family.
        }

        lock (_fallbackLock)
        {
            if (!_fallbacks.TryGetValue((codePoint, bold), out var face))
            {
                face = mainFont.ContainsGlyph(codePoint) || IsDefaultIgnorable(codePoint) ? main : FindFallback(codePoint, bold);
                _fallbacks[(codePoint, bold)] = face;
            }

            return face;
        }
    }

    private SKTypeface? FindFallback(int codePoint, bool bold)
    {
        var style = bold ? SKFontStyle.Bold : SKFontStyle.Normal;
        var manager = SKFontManager.Default;
        var face = manager.MatchCharacter(FamilyName, style, ["en"], codePoint);
        if (face is not null && Draws(face, codePoint))
        {
            return face;
        }

        // fontconfig picked a colour font (or one without the glyph): look for a monochrome face that has it.
        foreach (var family in MonochromeSymbolFamilies.Concat(manager.FontFamilies))
        {
            var candidate = manager.MatchFamily(family, style);
            if (candidate is not null && string.Equals(candidate.FamilyName, family, StringComparison.OrdinalIgnoreCase) && Draws(candidate, codePoint))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="face"/> has an outline glyph for the character (not a colour bitmap or layer).</summary>
    private static bool Draws(SKTypeface face, int codePoint)
    {
        using var font = new SKFont(face);
        if (!font.ContainsGlyph(codePoint))
        {
            return false;
        }

        foreach (var tag in face.GetTableTags())
        {
            if (tag is ColourBitmapData or ColourSbix or ColourLayers or ColourSvg)
            {
                return false;
            }
        }

        return true;
    }

    private const uint ColourBitmapData = 0x43424454; // 'CBDT'
    private const uint ColourSbix = 0x73626978; // 'sbix'
    private const uint ColourLayers = 0x434F4C52; // 'COLR'
    private const uint ColourSvg = 0x53564720; // 'SVG '

    /// <summary>
    /// Splits text into runs that share a typeface (usually one run). Marks, joiners and variation selectors stay
    /// in the run of the character they belong to. A run whose face is null holds characters no font can draw.
    /// </summary>
    internal void SplitRuns(string text, int from, int count, bool bold, SKFont mainFont, List<(SKTypeface? Face, int Start, int Length)> runs)
    {
        runs.Clear();
        SKTypeface? current = null;
        var start = from;
        var index = from;
        var first = true;
        foreach (var rune in text.AsSpan(from, count).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var attached = !first && (IsDefaultIgnorable(rune.Value) || category is UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);
            var face = attached ? current : FaceOrNull(rune.Value, bold, mainFont);
            if (first || !ReferenceEquals(face, current))
            {
                if (!first)
                {
                    runs.Add((current, start, index - start));
                }

                current = face;
                start = index;
                first = false;
            }

            index += rune.Utf16SequenceLength;
        }

        if (!first)
        {
            runs.Add((current, start, index - start));
        }
    }
}
