namespace CpdLog.Core.Portfolio;

/// <summary>
/// A portfolio as pure content: what to print, in order, with no positions, fonts or pages. A renderer paginates it.
/// </summary>
public sealed record PortfolioDocument(
    PortfolioMetadata Metadata,
    CoverPage Cover,
    IReadOnlyList<DocumentSection> Sections,
    string VerificationCode,
    string VerifyUrl)
{
    /// <summary>The line printed in the page header of every page after the cover.</summary>
    public string RunningHeader => $"{Metadata.Author} · {Cover.Subtitle}";
}

/// <summary>Document properties written to the PDF information dictionary and XMP.</summary>
public sealed record PortfolioMetadata(
    string Title,
    string Author,
    string Subject,
    IReadOnlyList<string> Keywords,
    DateTimeOffset CreatedAt);

public sealed record CoverPage(string Title, string Subtitle, IReadOnlyList<KeyValue> Details, string Statement);

/// <summary>A section starts on a new page and gets a bookmark-like entry in the contents list.</summary>
public sealed record DocumentSection(PortfolioSectionKind Kind, string Title, IReadOnlyList<Block> Blocks);

public sealed record KeyValue(string Key, string Value);

/// <summary>A unit of content. Layout decides where it goes.</summary>
public abstract record Block;

/// <summary>A sub-heading inside a section (level 2 or 3). Never left alone at the foot of a page.</summary>
public sealed record HeadingBlock(string Text, int Level = 2) : Block;

/// <summary>Wrapped text; a newline in <see cref="Text"/> is a hard line break.</summary>
public sealed record ParagraphBlock(string Text, TextEmphasis Emphasis = TextEmphasis.Normal) : Block;

public enum TextEmphasis
{
    Normal = 0,
    Bold = 1,
    Muted = 2,
}

/// <summary>Label/value pairs printed as two columns.</summary>
public sealed record KeyValueBlock(IReadOnlyList<KeyValue> Items) : Block;

/// <summary>A table whose header row repeats on every page it spans. <see cref="EmptyText"/> is shown when there are no rows.</summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows, string EmptyText = "No entries in this period.") : Block;

/// <summary>A table column. <paramref name="TitleFirst"/>: each cell's first line is a title, printed apart (in bold) from the text under it.</summary>
public sealed record TableColumn(string Header, float Weight, ColumnAlign Align = ColumnAlign.Left, bool TitleFirst = false);

public enum ColumnAlign
{
    Left = 0,
    Right = 1,
}

public sealed record TableRow(IReadOnlyList<string> Cells, RowEmphasis Emphasis = RowEmphasis.None);

public enum RowEmphasis
{
    None = 0,

    /// <summary>A totals row.</summary>
    Total = 1,

    /// <summary>Something the reader must look at (e.g. an HCPC gap of 3+ months).</summary>
    Flagged = 2,
}

/// <summary>A boxed message, e.g. "612 words: over the 500-word limit".</summary>
public sealed record NoticeBlock(string Text, NoticeKind Kind) : Block;

public enum NoticeKind
{
    Info = 0,
    Success = 1,
    Warning = 2,
}

/// <summary>Blocks kept on one page when they fit on one page; otherwise they flow.</summary>
public sealed record KeepTogetherBlock(IReadOnlyList<Block> Blocks) : Block;

/// <summary>Forces the next block onto a new page (e.g. one NMC reflective account per page).</summary>
public sealed record PageBreakBlock : Block;
