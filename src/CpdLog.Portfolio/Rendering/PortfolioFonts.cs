namespace CpdLog.Portfolio.Rendering;

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

    // Per-character cache of the fallback face; a miss is cached as null (draw with the main face's .notdef).
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

    /// <summary>The face to draw <paramref name="codePoint"/> with: the main face when it has the glyph.</summary>
    internal SKTypeface FaceFor(int codePoint, bool bold, SKFont mainFont)
    {
        if (codePoint is >= LatinAdvances.First and < LatinAdvances.End && IsPreferredFamily)
        {
            return bold ? Bold : Regular; // Latin-1 and Latin Extended-A/B are in every preferred family.
        }

        lock (_fallbackLock)
        {
            if (!_fallbacks.TryGetValue((codePoint, bold), out var face))
            {
                face = mainFont.ContainsGlyph(codePoint) ? null : SKFontManager.Default.MatchCharacter(
                    FamilyName, bold ? SKFontStyle.Bold : SKFontStyle.Normal, ["en"], codePoint);
                if (face is not null && face.FamilyName == FamilyName)
                {
                    face = null;
                }

                _fallbacks[(codePoint, bold)] = face;
            }

            return face ?? (bold ? Bold : Regular);
        }
    }

    /// <summary>Splits text into runs that share a typeface (usually one run).</summary>
    internal void SplitRuns(string text, bool bold, SKFont mainFont, List<(SKTypeface Face, int Start, int Length)> runs)
    {
        runs.Clear();
        var main = bold ? Bold : Regular;
        SKTypeface? current = null;
        var start = 0;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = FaceFor(rune.Value, bold, mainFont);
            if (!ReferenceEquals(face, current))
            {
                if (current is not null)
                {
                    runs.Add((current, start, index - start));
                }

                current = face;
                start = index;
            }

            index += rune.Utf16SequenceLength;
        }

        if (current is not null)
        {
            runs.Add((current, start, index - start));
        }

        if (runs.Count == 0)
        {
            runs.Add((main, 0, text.Length));
        }
    }
}
