namespace CpdLog.Portfolio.Rendering;

/// <summary>
/// One line of text shaped for drawing: glyph runs in visual order (left to right), each in one font and one
/// direction, with glyph ids of the font's own face (not yet renumbered for a subset).
/// </summary>
internal sealed record ShapedLine(IReadOnlyList<ShapedRun> Runs, float Width)
{
    /// <summary>True when some character could not be drawn and a replacement mark was drawn in its place.</summary>
    public bool HasReplacement => Runs.Any(r => r.IsReplacement);
}
