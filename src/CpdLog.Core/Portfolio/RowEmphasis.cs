namespace CpdLog.Core.Portfolio;

public enum RowEmphasis
{
    None = 0,

    /// <summary>A totals row.</summary>
    Total = 1,

    /// <summary>Something the reader must look at (e.g. an HCPC gap of 3+ months).</summary>
    Flagged = 2,
}
