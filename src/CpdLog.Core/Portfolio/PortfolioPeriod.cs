namespace CpdLog.Core.Portfolio;

/// <summary>An inclusive date range.</summary>
public sealed record PortfolioPeriod(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    public bool Overlaps(DateOnly start, DateOnly end) => start <= To && end >= From;
}
