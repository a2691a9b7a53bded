namespace CpdLog.Core.Portfolio;

/// <summary>Private records of one type left out of a portfolio, e.g. 2 "CPD activities".</summary>
public sealed record PrivateExclusion(int Count, string What);
