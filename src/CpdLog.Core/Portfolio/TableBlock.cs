namespace CpdLog.Core.Portfolio;

/// <summary>A table whose header row repeats on every page it spans. <see cref="EmptyText"/> is shown when there are no rows.</summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows, string EmptyText = "No entries in this period.") : Block;
