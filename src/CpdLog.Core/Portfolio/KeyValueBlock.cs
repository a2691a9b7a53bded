namespace CpdLog.Core.Portfolio;

/// <summary>Label/value pairs printed as two columns.</summary>
public sealed record KeyValueBlock(IReadOnlyList<KeyValue> Items) : Block;
