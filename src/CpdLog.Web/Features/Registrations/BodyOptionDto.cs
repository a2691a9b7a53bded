namespace CpdLog.Web.Features.Registrations;

/// <param name="Format">"text" or "date" (YYYY-MM-DD) for an option without choices.</param>
public sealed record BodyOptionDto(string Key, string Label, IReadOnlyList<string> Choices, string Default, string Hint, string Format);
