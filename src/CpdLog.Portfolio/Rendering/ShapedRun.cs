namespace CpdLog.Portfolio.Rendering;

using SkiaSharp;

/// <summary>
/// Glyphs of one font in visual order. <see cref="X"/> and <see cref="Y"/> are relative to the line's origin;
/// <see cref="Clusters"/> gives, for each glyph, the UTF-8 byte offset in <see cref="Text"/> (the characters of the
/// run, in logical order) of the cluster it draws, as Skia's PDF writer wants it to write /ActualText for glyphs that
/// the font's character map cannot name (ligatures, joined Arabic forms, Indic conjuncts, replacement marks).
/// </summary>
internal sealed record ShapedRun(SKFont Font, ushort[] Glyphs, float[] X, float[] Y, string Text, uint[] Clusters, bool IsReplacement);
