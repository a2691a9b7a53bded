namespace CpdLog.Portfolio.Layout;

/// <summary>What a piece of text is, so tests and the reading order can tell content from furniture.</summary>
public enum ElementRole
{
    Body = 0,
    Heading = 1,
    TableHeader = 2,
    TableCell = 3,
    RunningHeader = 4,
    Footer = 5,
    Cover = 6,
    Contents = 7,
}
