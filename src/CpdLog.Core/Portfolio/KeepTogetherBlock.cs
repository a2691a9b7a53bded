namespace CpdLog.Core.Portfolio;

/// <summary>Blocks kept on one page when they fit on one page; otherwise they flow.</summary>
public sealed record KeepTogetherBlock(IReadOnlyList<Block> Blocks) : Block;
