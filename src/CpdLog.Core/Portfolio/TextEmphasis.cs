namespace CpdLog.Core.Portfolio;

public enum TextEmphasis
{
    Normal = 0,
    Bold = 1,
    Muted = 2,
}
