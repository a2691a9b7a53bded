namespace CpdLog.Core.Portfolio;

/// <summary>Forces the next block onto a new page (e.g. one NMC reflective account per page).</summary>
public sealed record PageBreakBlock : Block;
