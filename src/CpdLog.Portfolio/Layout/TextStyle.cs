namespace CpdLog.Portfolio.Layout;

/// <summary>Font size in points, weight and colour of a run of text.</summary>
public readonly record struct TextStyle(float Size, bool Bold, Rgb Color)
{
    /// <summary>
    /// Distance between baselines of wrapped lines: DejaVu Sans's ascent plus descent (0.928 + 0.236 em), the
    /// "normal" line height a browser gives it, rounded up a little.
    /// </summary>
    public float LineHeight => Size * 1.17f;

    /// <summary>Distance from the top of a line box to its baseline (DejaVu/Liberation ascent is about 0.93 em).</summary>
    public float BaselineOffset => Size * 0.93f;
}
