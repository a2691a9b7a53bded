namespace CpdLog.Core.Portfolio;

/// <summary>Wrapped text; a newline in <see cref="Text"/> is a hard line break.</summary>
public sealed record ParagraphBlock(string Text, TextEmphasis Emphasis = TextEmphasis.Normal) : Block;
