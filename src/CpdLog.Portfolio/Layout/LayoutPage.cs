namespace CpdLog.Portfolio.Layout;

public sealed class LayoutPage(int number)
{
    /// <summary>1-based page number.</summary>
    public int Number { get; } = number;

    /// <summary>In drawing order, which is also the reading order of the extracted text.</summary>
    public List<LayoutElement> Elements { get; } = [];

    public IEnumerable<TextElement> Texts => Elements.OfType<TextElement>();

    /// <summary>True once anything other than page furniture has been placed.</summary>
    internal bool HasContent { get; set; }
}
