namespace CpdLog.Portfolio.Layout;

/// <summary>Measures text advance widths. Layout depends only on this, so it can be tested without drawing.</summary>
public interface ITextMeasurer
{
    float Measure(string text, TextStyle style);

    /// <summary>Width of a slice of a string (a word while wrapping); override to avoid the copy.</summary>
    float Measure(ReadOnlySpan<char> text, TextStyle style) => Measure(text.ToString(), style);
}
