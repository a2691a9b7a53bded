namespace CpdLog.Core.Portfolio;

/// <summary>A sub-heading inside a section (level 2 or 3). Never left alone at the foot of a page.</summary>
public sealed record HeadingBlock(string Text, int Level = 2) : Block;
