namespace CpdLog.Core.Portfolio;

/// <summary>A table column. <paramref name="TitleFirst"/>: each cell's first line is a title, printed apart (in bold) from the text under it.</summary>
public sealed record TableColumn(string Header, float Weight, ColumnAlign Align = ColumnAlign.Left, bool TitleFirst = false);
