namespace CpdLog.Portfolio.Tests;

using CpdLog.Portfolio.Layout;

/// <summary>Every character is half an em wide: layout becomes predictable arithmetic.</summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public float Measure(string text, TextStyle style) => System.Globalization.StringInfo.ParseCombiningCharacters(text).Length * style.Size * 0.5f;
}
