namespace CpdLog.Core.Portfolio;

/// <summary>A boxed message, e.g. "612 words: over the 500-word limit".</summary>
public sealed record NoticeBlock(string Text, NoticeKind Kind) : Block;
