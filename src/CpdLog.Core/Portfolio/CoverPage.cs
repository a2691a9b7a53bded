namespace CpdLog.Core.Portfolio;

public sealed record CoverPage(string Title, string Subtitle, IReadOnlyList<KeyValue> Details, string Statement);
