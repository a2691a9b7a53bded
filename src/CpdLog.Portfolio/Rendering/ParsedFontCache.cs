namespace CpdLog.Portfolio.Rendering;

using System.Diagnostics;
using System.Runtime.CompilerServices;
using CpdLog.Portfolio.Fonts;
using SkiaSharp;

/// <summary>
/// Parsed font files, one per typeface, for the life of the typeface (the shared faces in
/// <see cref="PortfolioFonts"/> live for the process). Null means the face is embedded whole.
/// </summary>
internal static class ParsedFontCache
{
    private static readonly ConditionalWeakTable<SKTypeface, Entry> Cache = [];

    public static TrueTypeSubsetter? Get(SKTypeface face) => Cache.GetValue(face, Load).Font;

    private static Entry Load(SKTypeface face)
    {
        string reason;
        using (var stream = face.OpenStream(out var ttcIndex))
        {
            if (stream is null)
            {
                reason = "Skia gives no font data for it";
            }
            else if (ttcIndex != 0)
            {
                reason = $"it is face {ttcIndex} of a font collection";
            }
            else
            {
                using var data = SKData.Create(stream);
                if (data is null)
                {
                    reason = "its data could not be read";
                }
                else if (TrueTypeSubsetter.TryParse(data.ToArray(), out var font, out var why))
                {
                    return new Entry(font);
                }
                else
                {
                    reason = why;
                }
            }
        }

        Trace.TraceWarning($"CpdLog portfolio: font '{face.FamilyName}' ({face.FontStyle.Weight}) is embedded whole, not subset: {reason}");
        return new Entry(null);
    }

    private sealed record Entry(TrueTypeSubsetter? Font);
}
