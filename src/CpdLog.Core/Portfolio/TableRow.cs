namespace CpdLog.Core.Portfolio;

public sealed record TableRow(IReadOnlyList<string> Cells, RowEmphasis Emphasis = RowEmphasis.None);
