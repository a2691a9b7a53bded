namespace CpdLog.Core.Portfolio;

public enum ColumnAlign
{
    Left = 0,
    Right = 1,
}
