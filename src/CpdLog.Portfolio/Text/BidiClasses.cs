namespace CpdLog.Portfolio.Text;

using System.Globalization;

/// <summary>
/// The Bidi_Class of a character. .NET does not expose the Unicode Bidi_Class property, so it is derived from the
/// blocks of the right-to-left scripts and the general category (see docs/adr/0004-unicode-bidi-by-hand.md): exact
/// for the characters a portfolio prints (letters, digits, punctuation, currency and spaces of every script), an
/// approximation for rare symbols, which fall back to ON as most symbols are.
/// </summary>
internal static class BidiClasses
{
    public static BidiClass Of(int c)
    {
        switch (c)
        {
            case '\n' or '\r' or 0x1C or 0x1D or 0x1E or 0x85 or 0x2029:
                return BidiClass.B;
            case '\t' or 0x0B or 0x1F:
                return BidiClass.S;
            case ' ' or 0x0C or 0x1680 or (>= 0x2000 and <= 0x200A) or 0x2028 or 0x205F or 0x3000:
                return BidiClass.WS;
            case 0x200E:
                return BidiClass.L; // LEFT-TO-RIGHT MARK
            case 0x200F:
                return BidiClass.R; // RIGHT-TO-LEFT MARK
            case 0x061C:
                return BidiClass.AL; // ARABIC LETTER MARK
            case (>= '0' and <= '9') or 0xB2 or 0xB3 or 0xB9 or (>= 0x06F0 and <= 0x06F9) or 0x2070 or (>= 0x2074 and <= 0x2079)
                or (>= 0x2080 and <= 0x2089) or (>= 0xFF10 and <= 0xFF19):
                return BidiClass.EN;
            case '+' or '-' or 0x207A or 0x207B or 0x208A or 0x208B or 0x2212 or 0xFB29 or 0xFE62 or 0xFE63 or 0xFF0B or 0xFF0D:
                return BidiClass.ES;
            case '#' or '$' or '%' or (>= 0xA2 and <= 0xA5) or 0xB0 or 0xB1 or 0x0609 or 0x060A or 0x066A or 0x09F2 or 0x09F3
                or 0x0E3F or (>= 0x2030 and <= 0x2034) or (>= 0x20A0 and <= 0x20CF) or 0x212E or 0x2213 or 0xFE5F or 0xFE69
                or 0xFE6A or (>= 0xFF03 and <= 0xFF05) or 0xFFE0 or 0xFFE1 or 0xFFE5 or 0xFFE6:
                return BidiClass.ET;
            case ',' or '.' or '/' or ':' or 0xA0 or 0x060C or 0x202F or 0x2044 or 0xFE50 or 0xFE52 or 0xFE55 or 0xFF0C
                or 0xFF0E or 0xFF0F or 0xFF1A:
                return BidiClass.CS;
            case (>= 0x0600 and <= 0x0605) or (>= 0x0660 and <= 0x0669) or 0x066B or 0x066C or 0x06DD or 0x0890 or 0x0891
                or 0x08E2 or (>= 0x10E60 and <= 0x10E7E):
                return BidiClass.AN;
            case (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069):
                // Embeddings, overrides and isolates are not honoured (ADR 0004): removed as X9 removes them.
                return BidiClass.BN;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return BidiClass.NSM;
        }

        if (category is UnicodeCategory.Control or UnicodeCategory.Format)
        {
            return BidiClass.BN; // soft hyphen, ZWSP, ZWJ/ZWNJ, word joiner, BOM, C0/C1 controls
        }

        if (IsArabicLetter(c))
        {
            return BidiClass.AL;
        }

        if (IsHebrewOrOtherRtl(c))
        {
            return BidiClass.R;
        }

        return category switch
        {
            UnicodeCategory.SpaceSeparator => BidiClass.WS,
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => BidiClass.B,
            UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
                or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.ConnectorPunctuation => BidiClass.ON,
            _ => BidiClass.L,
        };
    }

    /// <summary>Arabic, Syriac, Thaana and their supplements and presentation forms (Bidi_Class AL).</summary>
    private static bool IsArabicLetter(int c) =>
        c is (>= 0x0600 and <= 0x07BF) or (>= 0x0860 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFDFF)
            or (>= 0xFE70 and <= 0xFEFF) or (>= 0x10D00 and <= 0x10D3F) or (>= 0x10F30 and <= 0x10F6F) or (>= 0x1EC70 and <= 0x1ECBF)
            or (>= 0x1ED00 and <= 0x1ED4F) or (>= 0x1EE00 and <= 0x1EEFF);

    /// <summary>Hebrew, NKo, Samaritan, Mandaic and the historic right-to-left scripts (Bidi_Class R).</summary>
    private static bool IsHebrewOrOtherRtl(int c) =>
        c is (>= 0x0590 and <= 0x05FF) or (>= 0x07C0 and <= 0x085F) or (>= 0xFB1D and <= 0xFB4F) or (>= 0x10800 and <= 0x10CFF)
            or (>= 0x10D40 and <= 0x10EBF) or (>= 0x10F00 and <= 0x10F2F) or (>= 0x10F70 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EC6F)
            or (>= 0x1ECC0 and <= 0x1ECFF) or (>= 0x1ED50 and <= 0x1EDFF);
}
