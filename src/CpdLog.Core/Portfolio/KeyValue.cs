namespace CpdLog.Core.Portfolio;

public sealed record KeyValue(string Key, string Value);
