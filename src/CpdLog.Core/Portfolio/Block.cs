namespace CpdLog.Core.Portfolio;

/// <summary>A unit of content. Layout decides where it goes.</summary>
public abstract record Block;
